package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the application, as the role that may see it, in Dutch and English, on a phone and a desktop:
 * no axe violation (WCAG 2.1 A and AA), and the document's language is the one the page is in.
 *
 * <p>One browser per role and screen is shared by the tests of this class (logging in once through the login
 * form); each test chooses its language itself with the header's language switch, so the tests do not depend
 * on each other's order. For a logged-in person the switch also changes the account's language: afterwards the
 * demo accounts are set back to Dutch, so that other journeys find them as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityMatrixTest extends Journey {

    enum Role {
        VISITOR(null), RESIDENT(AccountSteps.RESIDENT), COUNCILLOR(AccountSteps.COUNCILLOR),
        GRIFFIER(AccountSteps.GRIFFIER), ADMINISTRATOR(AccountSteps.ADMINISTRATOR);

        final Person person;

        Role(Person person) {
            this.person = person;
        }
    }

    record Screen(String path, Role role, int status, String dutchHeading, String englishHeading) {

        String heading(String language) {
            return "en".equals(language) ? englishHeading : dutchHeading;
        }
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("/agenda", Role.VISITOR, 200,
                    "Digitale Agenda Gemeenten 2024", "Digital Agenda for Municipalities 2024"),
            new Screen("/agenda/3A.1", Role.VISITOR, 200,
                    "3A.1 Impact van de informatiesamenleving op de democratie",
                    "3A.1 Impact of the information society on democracy"),
            new Screen("/inloggen", Role.VISITOR, 200, "Inloggen", "Log in"),
            new Screen("/registreren", Role.VISITOR, 200, "Account aanmaken", "Create account"),
            new Screen("/account/wachtwoord-vergeten", Role.VISITOR, 200, "Wachtwoord vergeten", "Forgot your password"),
            new Screen("/account/bevestigen/geen-geldige-link", Role.VISITOR, 200,
                    "Deze link werkt niet", "This link does not work"),
            new Screen("/account/wachtwoord-herstellen/geen-geldige-link", Role.VISITOR, 200,
                    "Nieuw wachtwoord kiezen", "Choose a new password"),
            new Screen("/agenda/9Z.9", Role.VISITOR, 404, "Pagina niet gevonden", "Page not found"),
            new Screen("/account", Role.RESIDENT, 200, "Mijn account", "My account"),
            new Screen("/raad/fractie", Role.COUNCILLOR, 200, "Mijn fractie", "My party"),
            new Screen("/beheer/accounts", Role.ADMINISTRATOR, 200, "Accounts en rollen", "Accounts and roles"),
            new Screen("/beheer/fracties", Role.ADMINISTRATOR, 200, "Fracties", "Parties"),
            new Screen("/beheer/referentiegegevens", Role.ADMINISTRATOR, 200, "Referentiegegevens", "Reference data"),
            new Screen("/beheer/mail", Role.ADMINISTRATOR, 200, "Demo-mailbox", "Demo mailbox"),
            new Screen("/raadplegingen", Role.VISITOR, 200, "Raadplegingen", "Consultations"),
            // The demo's first consultation and its first proposal (the app starts on an empty database).
            new Screen("/raadplegingen/1", Role.VISITOR, 200,
                    "Beoordelingsplatforms in onze buurt", "Beoordelingsplatforms in onze buurt"),
            new Screen("/voorstellen", Role.VISITOR, 200, "Voorstellen", "Proposals"),
            new Screen("/moderatie/logboek", Role.VISITOR, 200, "Moderatielogboek", "Moderation log"),
            new Screen("/raadplegingen/1/spelregels", Role.VISITOR, 200, "Spelregels", "Rules of conduct"),
            new Screen("/beheer/audit", Role.ADMINISTRATOR, 200, "Auditlog", "Audit log"),
            new Screen("/beheer/moderatie", Role.GRIFFIER, 200, "Moderatie", "Moderation"),
            // A decision that is not the visitor's own, or none at all: not found, for the document's status too.
            new Screen("/moderatie/besluiten/999999999", Role.RESIDENT, 404, "Pagina niet gevonden", "Page not found"),
            // Ahmed's public profile: the demo's fifth account, with an "Over mij" text and proposals.
            new Screen("/deelnemers/5", Role.VISITOR, 200, "Ahmed El Amrani", "Ahmed El Amrani"),
            new Screen("/deelnemers/987654321", Role.VISITOR, 404, "Pagina niet gevonden", "Page not found"),
            new Screen("/voorstellen/1", Role.RESIDENT, 200,
                    "Geen sterren meer voor privépersonen", "Geen sterren meer voor privépersonen"),
            new Screen("/raadplegingen/1/voorstel-indienen", Role.RESIDENT, 200, "Voorstel indienen",
                    "Submit a proposal"),
            new Screen("/meldingen", Role.RESIDENT, 200, "Meldingen", "Notifications"),
            new Screen("/account/verifieren", Role.RESIDENT, 200, "Verifiëren als inwoner", "Verify as a resident"),
            new Screen("/organisaties", Role.RESIDENT, 200, "Organisaties", "Organisations"),
            new Screen("/beheer/raadplegingen/bewerken/", Role.GRIFFIER, 200, "Nieuwe raadpleging",
                    "New consultation"),
            new Screen("/beheer/raadplegingen/bewerken/1", Role.GRIFFIER, 200,
                    "Raadpleging wijzigen: Beoordelingsplatforms in onze buurt",
                    "Edit consultation: Beoordelingsplatforms in onze buurt"),
            new Screen("/beheer/namens-inwoner", Role.GRIFFIER, 200, "Namens een inwoner", "On behalf of a resident"),
            new Screen("/beheer/bevolkingsgegevens", Role.GRIFFIER, 200, "Bevolkingsgegevens", "Census data"),
            new Screen("/beheer/organisaties", Role.GRIFFIER, 200, "Organisaties verifiëren", "Verify organisations"));

    private static final Map<String, Viewport> VIEWPORTS = Map.of(PHONE.name(), PHONE, DESKTOP.name(), DESKTOP);

    /** One logged-in (or, for visitors, anonymous) browser per role and screen. */
    private final Map<String, Page> browsers = new LinkedHashMap<>();

    static Stream<Arguments> screens() {
        List<Arguments> arguments = new ArrayList<>();
        for (Viewport viewport : List.of(PHONE, DESKTOP)) {
            for (String language : List.of("nl", "en")) {
                for (Screen screen : SCREENS) {
                    arguments.add(Arguments.of(screen.path(), language, viewport.name(), screen));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in {1} on a {2}")
    @MethodSource("screens")
    void page_has_no_accessibility_violations_and_its_language_is_marked(String path, String language,
            String viewport, Screen screen) {
        Page page = browser(screen.role(), VIEWPORTS.get(viewport));
        keepEvidenceOf(page);

        Response response = page.navigate(path);
        assertThat(response.status()).as("HTTP status of " + path).isEqualTo(screen.status());
        assertThat(AccountSteps.heading(page)).isVisible();
        inLanguage(page, language);

        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(AccountSteps.heading(page)).hasText(screen.heading(language));
        checkAccessibility(page, path + " as " + screen.role().name().toLowerCase() + ", " + language + ", "
                + viewport);
    }

    @AfterAll
    void set_the_demo_accounts_back_to_dutch_and_close_the_browsers() {
        try {
            for (Page page : browsers.values()) {
                if (page.locator(".site-header .account-name").count() > 0) {
                    page.navigate("/account");
                    assertThat(AccountSteps.heading(page)).isVisible();
                    inLanguage(page, "nl");
                }
            }
        } finally {
            browsers.values().forEach(page -> page.context().close());
            browsers.clear();
        }
    }

    private Page browser(Role role, Viewport viewport) {
        return browsers.computeIfAbsent(role + " " + viewport.name(), key -> {
            BrowserContext context = newContext(viewport);
            Page page = context.newPage();
            if (role.person != null) {
                AccountSteps.logIn(page, role.person);
            }
            return page;
        });
    }

    /** Switches with the header's button when the page is in the other language; the page reloads in it. */
    private static void inLanguage(Page page, String language) {
        Locator html = page.locator("html");
        if (!language.equals(html.getAttribute("lang"))) {
            page.locator(".site-header .language-switch").click();
            assertThat(html).hasAttribute("lang", language);
            assertThat(AccountSteps.heading(page)).isVisible();
        }
    }
}
