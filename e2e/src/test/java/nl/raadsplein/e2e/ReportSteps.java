package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;

/** Steps around the reports of value discussions. */
final class ReportSteps {

    private ReportSteps() {}

    /**
     * The report path of the demo discussion with this question, found as a visitor finds it: on the page of theme
     * 3A.1, which both demo discussions belong to.
     */
    static String demoReportPath(Page page, String question) {
        page.navigate("/agenda/3A.1");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Verslag voor de raad: " + question)
                                .setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/waardendiscussies/\\d+/verslag$"));
        return URI.create(page.url()).getPath();
    }
}
