package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Visitors find their way through the digital agenda, in Dutch and English, on a phone and a desktop. */
// Reads the agenda's fixed texts and figures that only grow; its English is its own cookie.
@SharedDemoData.Uses
class AgendaJourneyTest extends Journey {

    private static final String DEMOCRACY_NL = "3A.1 Impact van de informatiesamenleving op de democratie";
    private static final String RULE_OF_LAW_NL = "3A.2 Impact van de informatiesamenleving op de rechtsstaat";
    private static final String DEMOCRACY_EN = "3A.1 Impact of the information society on democracy";

    @Test
    void visitor_on_a_phone_reads_the_agenda_in_dutch_and_opens_the_democracy_theme() {
        on(PHONE);
        Response response = open("/agenda");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page().locator("html")).hasAttribute("lang", "nl");
        assertThat(heading()).hasText("Digitale Agenda Gemeenten 2024");
        Locator first = section("Eerst: democratie en rechtsstaat");
        assertThat(first.getByRole(AriaRole.LINK)).hasText(new String[] {DEMOCRACY_NL, RULE_OF_LAW_NL});
        checkAccessibility("agenda, Dutch, phone");

        first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DEMOCRACY_NL))
                .click();

        assertThat(page()).hasURL(app().url("/agenda/3A.1"));
        assertThat(heading()).hasText(DEMOCRACY_NL);
        assertThat(page().getByText(
                                "Dit thema gaat over wat dat betekent voor onze democratische processen.",
                                new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkAccessibility("theme 3A.1, Dutch, phone");
    }

    @Test
    void keyboard_user_on_a_phone_reaches_the_skip_link_first() {
        on(PHONE);
        open("/agenda");

        page().keyboard().press("Tab");

        assertThat(skipLink()).isFocused();
        assertThat(skipLink()).isInViewport();
    }

    @Test
    void skip_link_moves_the_focus_to_the_main_content_of_the_same_page() {
        open("/agenda/3A.1");
        page().keyboard().press("Tab");
        assertThat(skipLink()).isFocused();

        page().keyboard().press("Enter");

        assertThat(page()).hasURL(app().url("/agenda/3A.1"));
        assertThat(heading()).hasText(DEMOCRACY_NL);
        assertThat(page().locator("main#main-content")).isFocused();
    }

    @Test
    void visitor_on_a_desktop_switches_to_english_and_the_choice_is_remembered() {
        on(DESKTOP);
        open("/agenda");
        assertThat(heading()).hasText("Digitale Agenda Gemeenten 2024");

        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                .click();

        assertThat(heading()).hasText("Digital Agenda for Municipalities 2024");
        assertThat(page().locator("html")).hasAttribute("lang", "en");
        assertThat(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nederlands")))
                .isVisible();
        assertThat(section("First: democracy and the rule of law")
                        .getByRole(AriaRole.LINK)
                        .first())
                .hasText(DEMOCRACY_EN);
        checkAccessibility("agenda, English, desktop");

        page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEMOCRACY_EN))
                .first()
                .click();

        assertThat(heading()).hasText(DEMOCRACY_EN);
        assertThat(page().getByText(
                                "This theme is about what that means for our democratic processes.",
                                new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkAccessibility("theme 3A.1, English, desktop");

        // The next page load, in the same session, stays in English.
        open("/agenda/3A.2");
        assertThat(heading()).hasText("3A.2 Impact of the information society on the rule of law");
        assertThat(page().locator("html")).hasAttribute("lang", "en");

        // So does a later visit with a new session: the choice is kept in a cookie.
        assertThat(context().cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo("raadsplein-lang");
            assertThat(cookie.value).isEqualTo("en");
        });
        context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        assertThat(context().cookies()).extracting((Cookie c) -> c.name).doesNotContain("JSESSIONID");
        open("/agenda");
        assertThat(heading()).hasText("Digital Agenda for Municipalities 2024");
        assertThat(page().locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void unknown_theme_code_shows_the_dutch_not_found_page_with_status_404() {
        Response response = open("/agenda/9Z.9");

        // All of these are checked and reported, also when one fails.
        assertAll(
                () -> assertThat(heading()).hasText("Pagina niet gevonden"),
                () -> assertThat(page().getByRole(
                                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de digitale agenda")))
                        .isVisible(),
                () -> checkAccessibility("not found, Dutch, desktop"),
                () -> assertThat(response.status())
                        .as("HTTP status of the document " + response.url())
                        .isEqualTo(404));
    }

    @Test
    void alderman_reads_the_agenda_in_figures_chooses_a_year_and_downloads_it_as_open_data() throws IOException {
        on(DESKTOP);
        open("/agenda");
        page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle thema’s in cijfers"))
                .click();

        assertThat(heading()).hasText("De agenda in cijfers");
        Locator democracy = page().locator("section.agenda-figures-theme").first();
        assertThat(democracy).hasAttribute("data-theme", "3A.1");
        assertThat(democracy.getByRole(AriaRole.IMG)).hasAccessibleName(Pattern.compile("^Cijfers van 3A\\.1 "));
        assertThat(adopted(democracy)).not().hasText("0");
        checkAccessibility("agenda in figures, all time");

        String year = String.valueOf(Year.now(ZoneId.of("Europe/Amsterdam")).getValue());
        // Vaadin's select names its button by the label and the current value, so it is found by its label.
        page().locator("vaadin-select")
                .filter(new Locator.FilterOptions()
                        .setHas(page().locator("label", new Page.LocatorOptions().setHasText("Jaar"))))
                .click();
        page().getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(year).setExact(true))
                .click();

        assertThat(page()).hasURL(app().url("/agenda/overzicht?jaar=" + year));
        assertThat(page().locator(".agenda-figures-period")).hasText("Cijfers over " + year + ".");
        assertThat(adopted(democracy)).not().hasText("0");
        checkAccessibility("agenda in figures, one year");

        Download download = page().waitForDownload(
                        () -> page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download CSV"))
                                .click());
        assertThat(download.suggestedFilename()).isEqualTo("agenda-in-cijfers-" + year + ".csv");
        List<String> lines =
                List.of(new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFtheme_code,theme,consultations,proposals,supports,value_discussions,"
                        + "motions_submitted,motions_adopted,motions_rejected,follow_ups_open,follow_ups_overdue");
        assertThat(lines.get(1)).startsWith("3A.1,Impact van de informatiesamenleving op de democratie,");
        assertThat(Integer.parseInt(lines.get(1).split(",")[7])).isPositive();
    }

    /** The count of motions adopted in a theme's table. */
    private static Locator adopted(Locator theme) {
        return theme.locator("tr")
                .filter(new Locator.FilterOptions().setHasText("Moties aangenomen"))
                .locator("td");
    }

    private Locator skipLink() {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Direct naar de inhoud"));
    }

    private Locator section(String heading) {
        return page().locator("section")
                .filter(new Locator.FilterOptions()
                        .setHas(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading))));
    }
}
