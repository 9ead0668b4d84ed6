package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.COUNCILLOR;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.button;
import static nl.raadsplein.e2e.ParticipationSteps.choose;
import static nl.raadsplein.e2e.ParticipationSteps.textbox;
import static nl.raadsplein.e2e.SharedDemoData.Resource.COUNCILLOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/**
 * J4, first half: Francis frames a value discussion and offers it, the griffier approves it, and Sandra answers
 * statements one at a time and adds her own. Also in English (Sophie) and with the keyboard only (Sandra on the
 * demo discussion).
 */
// A discussion of its own; on the demo discussion it only checks that a vote moves the progress on.
@SharedDemoData.Uses(shared = {COUNCILLOR_ACCOUNT, GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT})
class DeliberationJourneyTest extends Journey {

    private static final String DEMO_QUESTION =
            "Mensen beoordelen en rangschikken op lokale platforms: wat willen we in IJssellanden?";
    private static final Person SOPHIE =
            new Person("Sophie Williams", "sophie@ijssellanden.example", "Inwoner-demo-2026");

    @Test
    void francis_frames_a_discussion_the_griffier_approves_it_and_sandra_votes_and_adds_a_statement() {
        String question = "Sterren voor buren in de app: wat vinden we daarvan? " + ParticipationSteps.mark();

        // Francis frames the discussion and offers it to the griffie.
        Page francis = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(francis);
        logIn(francis, COUNCILLOR);
        francis.locator("nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nieuwe waardendiscussie"))
                .first()
                .click();
        assertThat(AccountSteps.heading(francis)).hasText("Nieuwe waardendiscussie");
        checkAccessibility(francis, "framing form, councillor");
        textbox(francis, "Vraag").fill(question);
        textbox(francis, "Achtergrond (Markdown)").fill("Buurtapps laten mensen elkaar **sterren** geven.");
        choose(francis, "Thema’s van de agenda", "3A.1", "3A.1");
        choose(francis, "Publieke waarden (minstens twee)", "Priv", "Privacy");
        choose(francis, "Publieke waarden (minstens twee)", "Nabuur", "Nabuurschap");
        textbox(francis, "Nabuurschap tegenover Privacy: de afweging in één zin")
                .fill("Sterren helpen buren elkaar te vertrouwen, maar wie beoordeeld wordt, voelt zich bekeken.");
        textbox(francis, "Stellingen om mee te beginnen, één per regel")
                .fill("Sterren voor oppassers helpen mij\n"
                        + "Buren beoordelen hoort niet in een app\n"
                        + "Wie een lage score krijgt, moet kunnen reageren\n"
                        + "De gemeente moet regels stellen aan zulke apps\n"
                        + "Ik wil zelf kiezen of ik beoordeeld word");
        button(francis, "Opslaan als concept").click();
        assertThat(AccountSteps.heading(francis)).hasText(question);
        assertThat(francis.locator("main")).containsText("Concept (alleen zichtbaar voor u en de griffie)");
        checkAccessibility(francis, "draft discussion, councillor");
        button(francis, "Aanbieden aan de griffie").click();
        assertThat(francis.locator("main"))
                .containsText("Deze waardendiscussie wacht op de goedkeuring van de griffie.");
        String path = URI.create(francis.url()).getPath();

        // The griffier finds it among the offered discussions and approves it.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(griffier);
        logIn(griffier, GRIFFIER);
        griffier.navigate("/beheer/waardendiscussies");
        assertThat(AccountSteps.heading(griffier)).hasText("Aangeboden waardendiscussies");
        checkAccessibility(griffier, "offered discussions, griffier");
        griffier.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(question).setExact(true))
                .click();
        assertThat(AccountSteps.heading(griffier)).hasText(question);
        checkAccessibility(griffier, "offered discussion, griffier");
        button(griffier, "Goedkeuren en publiceren").click();
        assertThat(griffier.locator("main")).containsText("Open ·");

        // Sandra answers statements one at a time and adds one of her own.
        logIn(page(), RESIDENT);
        page().navigate(path);
        assertThat(heading()).hasText(question);
        Locator progress = page().locator("main .progress");
        assertThat(progress).hasText("0 van 5");
        checkAccessibility("discussion to take part in, resident");
        button(page(), "Eens").click();
        assertThat(progress).hasText("1 van 5");
        button(page(), "Oneens").click();
        assertThat(progress).hasText("2 van 5");
        button(page(), "Overslaan").click();
        assertThat(progress).hasText("3 van 5");
        assertThat(page().locator("main .my-votes li")).hasCount(3);
        textbox(page(), "Uw stelling").fill("Een buurtapp zonder sterren werkt ook prima");
        button(page(), "Controleren").click();
        button(page(), "Plaatsen").click();
        assertThat(page().locator("main")).containsText("Uw stelling is geplaatst.");
        assertThat(progress).hasText("4 van 6");
        checkAccessibility("discussion after adding a statement, resident");

        // A statement that crosses a line goes to the griffie.
        button(page(), "Deze stelling melden").click();
        assertThat(page().getByRole(AriaRole.DIALOG)).containsText("Stelling melden");
        Locator report = ModerationSteps.sendReport(page(), "Spam of reclame");
        checkAccessibility("statement report confirmed, resident");
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten"))
                .click();

        // The theme's page links the discussion and its report.
        page().navigate("/agenda/3A.1");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Verslag voor de raad: " + question)
                                .setExact(true))
                .click();
        assertThat(heading()).hasText("Verslag: " + question);
        page().navigate("/agenda/3A.1");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(question).setExact(true))
                .click();
        assertThat(heading()).hasText(question);
    }

    @Test
    void sophie_takes_part_in_english() {
        logIn(page(), SOPHIE);
        page().navigate("/waardendiscussies");
        assertThat(heading()).hasText("Value discussions");
        checkAccessibility("value discussions, English");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(DEMO_QUESTION).setExact(true))
                .click();
        assertThat(heading()).hasText(DEMO_QUESTION);
        Locator progress = page().locator("main .progress");
        assertThat(progress).containsText(" of ");
        String before = progress.textContent();
        button(page(), "Agree").click();
        assertThat(progress).not().hasText(before);
        checkAccessibility("value discussion, English");
    }

    @Test
    void sandra_answers_with_the_keyboard_only() {
        logIn(page(), RESIDENT);
        page().navigate("/waardendiscussies");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(DEMO_QUESTION).setExact(true))
                .focus();
        page().keyboard().press("Enter");
        assertThat(heading()).hasText(DEMO_QUESTION);
        Locator progress = page().locator("main .progress");
        String before = progress.textContent();
        Locator agree = button(page(), "Eens");
        for (int i = 0;
                i < 60
                        && !(Boolean) agree.evaluate(
                                "b => b === document.activeElement || b.contains(document.activeElement)");
                i++) {
            page().keyboard().press("Tab");
        }
        page().keyboard().press("Enter");
        assertThat(progress).not().hasText(before);
        checkAccessibility("value discussion answered with the keyboard, resident");
    }
}
