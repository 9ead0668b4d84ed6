package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The report of a value discussion (issue 11): a visitor reads the imported demo conversation's report, finds the
 * groups and the map's data table and downloads the discussion in Pol.is' format; a griffier imports a small
 * Pol.is export and lands on its report. In Dutch, axe on every page.
 */
// The demo conversation's report is closed; the import is a discussion of its own.
@SharedDemoData.Uses(shared = GRIFFIER_ACCOUNT)
class DeliberationReportJourneyTest extends Journey {

    static final String DEMO_QUESTION = "Kan er consensus zijn over de Brexit? (Pol.is-gesprek uit 2017)";
    static final String TINY_QUESTION = "Camera's en beoordelingen: een klein Pol.is-gesprek";

    @Test
    void a_visitor_reads_the_imported_conversations_report_and_downloads_it_in_pol_is_format() throws Exception {
        String path = ReportSteps.demoReportPath(page(), DEMO_QUESTION);
        Response response = open(path);

        assertThat(response.status()).isEqualTo(200);
        assertThat(heading()).hasText("Verslag: " + DEMO_QUESTION);
        assertThat(page().getByText("204 deelnemers", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page().getByText("Overgenomen uit een Pol.is-gesprek.")).isVisible();
        assertThat(page().getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Meningskaart")))
                .isVisible();
        Locator table = page().locator("table.opinion-map-table");
        assertThat(table.locator("caption")).hasText("De groepen op de kaart");
        assertThat(table.locator("tbody tr")).hasCount(2);
        assertThat(page().getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(Pattern.compile("^Groep A \\(\\d+ deelnemers\\)$"))))
                .isVisible();
        checkAccessibility("report of the imported conversation, Dutch");

        Download download = page().waitForDownload(() -> page().getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Alle stellingen en stemmen in Pol.is-formaat (zip)"))
                .click());

        assertThat(download.suggestedFilename()).endsWith("-polis.zip");
        assertThat(entries(download.path()))
                .containsExactlyInAnyOrder("comments.csv", "votes.csv", "participants-votes.csv", "summary.csv");
    }

    @Test
    void a_griffier_imports_a_small_pol_is_export_and_sees_its_report() throws Exception {
        AccountSteps.logIn(page(), AccountSteps.GRIFFIER);
        open("/beheer/waardendiscussies/import");
        assertThat(heading()).hasText("Pol.is-gesprek importeren");
        checkAccessibility("Pol.is import, Dutch");

        page().getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Vraag van de discussie"))
                .fill(TINY_QUESTION);
        Locator themes =
                page().getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Thema's van de agenda"));
        themes.fill("3A.1");
        page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^3A\\.1 ")))
                .click();
        themes.press("Escape");
        ParticipationSteps.datePicker(page().locator("main"), "Geopend op", "1-10-2023");
        ParticipationSteps.datePicker(page().locator("main"), "Gesloten op", "1-12-2023");
        Locator uploads = page().locator("vaadin-upload");
        uploads.nth(0).locator("input[type=file]").setInputFiles(resource("comments.csv"));
        uploads.nth(1).locator("input[type=file]").setInputFiles(resource("participants-votes.csv"));
        assertThat(uploads.nth(1).locator("vaadin-upload-file[complete]")).hasCount(1);
        assertThat(uploads.nth(0).locator("vaadin-upload-file[complete]")).hasCount(1);

        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                .click();

        assertThat(heading()).hasText("Verslag: " + TINY_QUESTION);
        assertThat(page()).hasURL(Pattern.compile("/waardendiscussies/\\d+/verslag$"));
        assertThat(page().getByText("8 deelnemers", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page().getByText("Overgenomen uit een Pol.is-gesprek.")).isVisible();
        checkAccessibility("report of the tiny import, Dutch");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DeliberationReportJourneyTest.class
                .getResource("/polis/tiny/" + name)
                .toURI());
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream file = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
