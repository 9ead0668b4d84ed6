package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.ParticipationSteps.AHMED;
import static nl.raadsplein.e2e.ParticipationSteps.RATINGS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * <p>One class per role, so that the roles' pages are checked in parallel. One browser per screen and language is
 * shared by the tests of a class, so the tests do not depend on each other's order. Each browser chooses its
 * language with the header's switch before it logs in (once, through the login form): a choice made in the session
 * outlasts the login and, unlike a choice made while logged in, is not kept with the account. The demo accounts
 * therefore stay in Dutch for the journeys that log in as them meanwhile ({@link SharedDemoData}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessibilityMatrixTest extends Journey {

    enum Role {
        VISITOR(null),
        RESIDENT(AccountSteps.RESIDENT),
        COUNCILLOR(AccountSteps.COUNCILLOR),
        GRIFFIER(AccountSteps.GRIFFIER),
        ADMINISTRATOR(AccountSteps.ADMINISTRATOR);

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

    // Two of the demo's proposals in its consultation RATINGS; the second is Ahmed's.
    private static final String BAN = "Geen sterren meer voor privépersonen";
    private static final String CODE_OF_CONDUCT = "Een gedragscode voor lokale platforms";

    // In a screen's path, the id the demo data's item got; the first test finds them by name.
    private static final String RATINGS_ID = "{ratings}";
    private static final String BAN_ID = "{ban}";
    private static final String AHMED_ID = "{ahmed}";
    private static final String BREXIT_ID = "{brexit}";
    private static final String BREXIT = DeliberationReportJourneyTest.DEMO_QUESTION;

    private static final List<Screen> SCREENS = List.of(
            new Screen(
                    "/",
                    Role.VISITOR,
                    200,
                    "Praat mee over de digitale gemeente",
                    "Have your say on the digital municipality"),
            new Screen(
                    "/agenda",
                    Role.VISITOR,
                    200,
                    "Digitale Agenda Gemeenten 2024",
                    "Digital Agenda for Municipalities 2024"),
            new Screen(
                    "/agenda/3A.1",
                    Role.VISITOR,
                    200,
                    "3A.1 Impact van de informatiesamenleving op de democratie",
                    "3A.1 Impact of the information society on democracy"),
            new Screen("/inloggen", Role.VISITOR, 200, "Inloggen", "Log in"),
            new Screen("/registreren", Role.VISITOR, 200, "Account aanmaken", "Create account"),
            new Screen(
                    "/account/wachtwoord-vergeten", Role.VISITOR, 200, "Wachtwoord vergeten", "Forgot your password"),
            new Screen(
                    "/account/bevestigen/geen-geldige-link",
                    Role.VISITOR,
                    200,
                    "Deze link werkt niet",
                    "This link does not work"),
            new Screen(
                    "/account/wachtwoord-herstellen/geen-geldige-link",
                    Role.VISITOR,
                    200,
                    "Nieuw wachtwoord kiezen",
                    "Choose a new password"),
            new Screen("/agenda/overzicht", Role.VISITOR, 200, "De agenda in cijfers", "The agenda in figures"),
            new Screen("/agenda/9Z.9", Role.VISITOR, 404, "Pagina niet gevonden", "Page not found"),
            new Screen("/account", Role.RESIDENT, 200, "Mijn account", "My account"),
            new Screen("/account/mijn-gegevens", Role.RESIDENT, 200, "Mijn gegevens", "My data"),
            new Screen("/raad/fractie", Role.COUNCILLOR, 200, "Mijn fractie", "My party"),
            new Screen("/beheer/accounts", Role.ADMINISTRATOR, 200, "Accounts en rollen", "Accounts and roles"),
            new Screen("/beheer/fracties", Role.ADMINISTRATOR, 200, "Fracties", "Parties"),
            new Screen("/beheer/referentiegegevens", Role.ADMINISTRATOR, 200, "Referentiegegevens", "Reference data"),
            new Screen("/beheer/mail", Role.ADMINISTRATOR, 200, "Demo-mailbox", "Demo mailbox"),
            new Screen("/raadplegingen", Role.VISITOR, 200, "Raadplegingen", "Consultations"),
            new Screen("/raadplegingen/" + RATINGS_ID, Role.VISITOR, 200, RATINGS, RATINGS),
            new Screen("/voorstellen", Role.VISITOR, 200, "Voorstellen", "Proposals"),
            new Screen("/waardendiscussies", Role.VISITOR, 200, "Waardendiscussies", "Value discussions"),
            new Screen(
                    "/waardendiscussies/nieuw",
                    Role.COUNCILLOR,
                    200,
                    "Nieuwe waardendiscussie",
                    "New value discussion"),
            new Screen(
                    "/beheer/waardendiscussies",
                    Role.GRIFFIER,
                    200,
                    "Aangeboden waardendiscussies",
                    "Offered value discussions"),
            new Screen("/vergaderingen", Role.VISITOR, 200, "Vergaderingen", "Meetings"),
            new Screen("/moties", Role.VISITOR, 200, "Moties", "Motions"),
            new Screen("/moties/nieuw", Role.COUNCILLOR, 200, "Nieuwe motie", "New motion"),
            new Screen("/moderatie/logboek", Role.VISITOR, 200, "Moderatielogboek", "Moderation log"),
            new Screen("/open-data", Role.VISITOR, 200, "Open data", "Open data"),
            new Screen(
                    "/raadplegingen/" + RATINGS_ID + "/spelregels",
                    Role.VISITOR,
                    200,
                    "Spelregels",
                    "Rules of conduct"),
            new Screen("/beheer/audit", Role.ADMINISTRATOR, 200, "Auditlog", "Audit log"),
            new Screen("/beheer/moderatie", Role.GRIFFIER, 200, "Moderatie", "Moderation"),
            // A decision that is not the visitor's own, or none at all: not found, for the document's status too.
            new Screen("/moderatie/besluiten/999999999", Role.RESIDENT, 404, "Pagina niet gevonden", "Page not found"),
            // Ahmed's public profile, with an "Over mij" text and proposals.
            new Screen("/deelnemers/" + AHMED_ID, Role.VISITOR, 200, AHMED.name(), AHMED.name()),
            new Screen("/deelnemers/987654321", Role.VISITOR, 404, "Pagina niet gevonden", "Page not found"),
            new Screen("/voorstellen/" + BAN_ID, Role.RESIDENT, 200, BAN, BAN),
            new Screen(
                    "/raadplegingen/" + RATINGS_ID + "/voorstel-indienen",
                    Role.RESIDENT,
                    200,
                    "Voorstel indienen",
                    "Submit a proposal"),
            new Screen("/meldingen", Role.RESIDENT, 200, "Meldingen", "Notifications"),
            new Screen("/account/verifieren", Role.RESIDENT, 200, "Verifiëren als inwoner", "Verify as a resident"),
            new Screen("/organisaties", Role.RESIDENT, 200, "Organisaties", "Organisations"),
            new Screen("/beheer/raadplegingen/bewerken/", Role.GRIFFIER, 200, "Nieuwe raadpleging", "New consultation"),
            new Screen(
                    "/beheer/raadplegingen/bewerken/" + RATINGS_ID,
                    Role.GRIFFIER,
                    200,
                    "Raadpleging wijzigen: " + RATINGS,
                    "Edit consultation: " + RATINGS),
            new Screen("/beheer/namens-inwoner", Role.GRIFFIER, 200, "Namens een inwoner", "On behalf of a resident"),
            new Screen("/beheer/bevolkingsgegevens", Role.GRIFFIER, 200, "Bevolkingsgegevens", "Census data"),
            new Screen("/beheer/organisaties", Role.GRIFFIER, 200, "Organisaties verifiëren", "Verify organisations"),
            // The report of the demo's imported Pol.is conversation, public; the import for the griffie.
            new Screen(
                    "/waardendiscussies/" + BREXIT_ID + "/verslag",
                    Role.VISITOR,
                    200,
                    "Verslag: " + BREXIT,
                    "Report: " + BREXIT),
            new Screen(
                    "/waardendiscussies/" + BREXIT_ID + "/verslag",
                    Role.COUNCILLOR,
                    200,
                    "Verslag: " + BREXIT,
                    "Report: " + BREXIT),
            new Screen(
                    "/waardendiscussies/987654321/verslag",
                    Role.VISITOR,
                    404,
                    "Pagina niet gevonden",
                    "Page not found"),
            new Screen(
                    "/beheer/waardendiscussies/import",
                    Role.GRIFFIER,
                    200,
                    "Pol.is-gesprek importeren",
                    "Import a Pol.is conversation"));

    private static final Map<String, Viewport> VIEWPORTS = Map.of(PHONE.name(), PHONE, DESKTOP.name(), DESKTOP);

    private final Role role;

    private final Map<String, String> demoIds = new LinkedHashMap<>();

    /** One logged-in (or, for visitors, anonymous) browser per screen and language. */
    private final Map<String, Page> browsers = new LinkedHashMap<>();

    AccessibilityMatrixTest(Role role) {
        this.role = role;
    }

    Stream<Arguments> screens() {
        List<Arguments> arguments = new ArrayList<>();
        for (Viewport viewport : List.of(PHONE, DESKTOP)) {
            for (String language : List.of("nl", "en")) {
                for (Screen screen : SCREENS) {
                    if (screen.role() == role) {
                        arguments.add(Arguments.of(screen.path(), language, viewport.name(), screen));
                    }
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in {1} on a {2}")
    @MethodSource("screens")
    void page_has_no_accessibility_violations_and_its_language_is_marked(
            String path, String language, String viewport, Screen screen) {
        String itemPath = withDemoIds(path);
        Page page = browser(VIEWPORTS.get(viewport), language);
        keepEvidenceOf(page);

        Response response = page.navigate(itemPath);
        assertThat(response.status()).as("HTTP status of " + itemPath).isEqualTo(screen.status());
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(AccountSteps.heading(page)).hasText(screen.heading(language));
        checkAccessibility(
                page, itemPath + " as " + screen.role().name().toLowerCase() + ", " + language + ", " + viewport);
    }

    @AfterAll
    void close_the_browsers() {
        browsers.values().forEach(page -> page.context().close());
        browsers.clear();
    }

    /**
     * The path with the ids the demo data's items got, found by their names the first time: the application
     * starts on an empty database, but the ids are whatever the demo data's inserts were given.
     */
    private String withDemoIds(String path) {
        if (demoIds.isEmpty()) {
            Page page = page();
            page.navigate("/raadplegingen");
            String ratings = idOfLink(page.locator("main"), RATINGS);
            page.navigate("/raadplegingen/" + ratings);
            String ban = idOfLink(page.locator("main .consultation-proposals"), BAN);
            String codeOfConduct = idOfLink(page.locator("main .consultation-proposals"), CODE_OF_CONDUCT);
            page.navigate("/voorstellen/" + codeOfConduct);
            // Its author's name in the byline links to his profile.
            String ahmed = idOfLink(page.locator("main"), AHMED.name());
            String brexit = ReportSteps.demoReportPath(page, BREXIT).split("/")[2];
            demoIds.putAll(Map.of(RATINGS_ID, ratings, BAN_ID, ban, AHMED_ID, ahmed, BREXIT_ID, brexit));
        }
        String withIds = path;
        for (Map.Entry<String, String> id : demoIds.entrySet()) {
            withIds = withIds.replace(id.getKey(), id.getValue());
        }
        return withIds;
    }

    /** The last part of the path the link with this name leads to. */
    private static String idOfLink(Locator where, String name) {
        Locator link = where.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true))
                .first();
        String path = (String) link.evaluate("a => new URL(a.href).pathname");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Page browser(Viewport viewport, String language) {
        return browsers.computeIfAbsent(viewport.name() + " " + language, key -> {
            BrowserContext context = newContext(viewport);
            Page page = context.newPage();
            if ("en".equals(language)) {
                page.navigate("/");
                assertThat(AccountSteps.heading(page)).hasText("Praat mee over de digitale gemeente");
                page.locator(".site-header .language-switch").click();
                assertThat(page.locator("html")).hasAttribute("lang", "en");
                if (role.person != null) {
                    logInInEnglish(page, role.person);
                }
            } else if (role.person != null) {
                AccountSteps.logIn(page, role.person);
            }
            return page;
        });
    }

    /** As {@link AccountSteps#logIn(Page, Person)}, on the login page in English. */
    private static void logInInEnglish(Page page, Person person) {
        page.navigate("/inloggen");
        assertThat(AccountSteps.heading(page)).hasText("Log in");
        page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true))
                .fill(person.email());
        AccountSteps.passwordField(page, "Password").fill(person.password());
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(AccountSteps.accountLink(page, person)).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }
}
