package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
import static nl.raadsplein.e2e.ParticipationSteps.FATMA;
import static nl.raadsplein.e2e.ParticipationSteps.notice;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.FATMA_BELL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.MODERATION_LOG;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Public profiles (issue 4): a resident's "Over mij" with a phone number is warned about, posted anyway and waits
 * for the griffie, who approves it; another resident opens the profile from an author link, reads it and reports
 * the profile with a reason. An unknown participant is a real 404.
 */
// Fatma's profile text: approving it tells her and is audited, and the public log records it.
@SharedDemoData.Uses(shared = {GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT, FATMA_BELL, AUDIT_TRAIL, MODERATION_LOG})
class ProfileJourneyTest extends Journey {

    @Test
    void a_profile_text_with_a_phone_number_waits_is_approved_read_from_an_author_link_and_reported() {
        String mark = ParticipationSteps.mark();
        String text = mark + " Ik zit in de werkgroep privacy. Bel me gerust op 06-12345678.";

        // Fatma writes about herself under Mijn account and is warned about the phone number.
        logIn(page(), FATMA);
        open("/account");
        Locator about = page().locator("main")
                .getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Over mij").setExact(true));
        about.fill(text);
        page().locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tekst opslaan"))
                .click();
        Locator warning = page().locator("main .personal-data-warning");
        assertThat(warning).isVisible();
        assertThat(warning).containsText("een telefoonnummer in de tekst: ‘06-12345678’");
        checkAccessibility("my account, personal-data warning on the profile text, Fatma");
        warning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toch plaatsen"))
                .click();
        assertThat(notice(page(), "wacht op moderatie door de griffie")).isVisible();
        assertThat(page().locator("main .about-state")).containsText("Wacht op moderatie");

        // On her public page only she sees it, marked as waiting.
        page().locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bekijk uw openbare profiel"))
                .click();
        assertThat(heading()).hasText(FATMA.name());
        assertThat(page()).hasURL(Pattern.compile("/deelnemers/[0-9a-f]{20}$"));
        String profile = URI.create(page().url()).getPath();
        assertThat(page().locator("main .profile-text")).hasText(text);
        assertThat(page().locator("main .about")).containsText("Wacht op moderatie");
        checkAccessibility("public profile, own text waiting, Fatma");

        Page visitor = anotherBrowser(PHONE).newPage();
        visitor.navigate(profile);
        assertThat(AccountSteps.heading(visitor)).hasText(FATMA.name());
        assertThat(visitor.locator("main")).not().containsText("06-12345678");
        assertThat(visitor.locator("main .about")).containsText("Deze tekst is nu niet te zien.");
        checkAccessibility(visitor, "public profile, text waiting, visitor on a phone");

        // The griffier approves it in the moderation queue.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.navigate("/beheer/moderatie");
        assertThat(AccountSteps.heading(griffier)).hasText("Moderatie");
        Locator open = ModerationSteps.inFullQueue(
                griffier,
                griffier.locator("main")
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(queueLabel(mark))));
        assertThat(open).hasCount(1);
        open.click();
        Locator dialog = griffier.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Gemeld profiel");
        assertThat(dialog).containsText("Profiel van: " + FATMA.name());
        assertThat(dialog).containsText(text);
        assertThat(dialog).containsText("wacht op goedkeuring");
        checkAccessibility(griffier, "moderation item, profile text, griffier");
        ModerationSteps.decide(griffier, "Goedkeuren", "geen overtreding", "goedgekeurd");
        assertThat(open).hasCount(0);

        // Sandra finds Fatma through the author link on a consultation's proposals, reads and reports the profile.
        Page sandra = anotherBrowser(DESKTOP).newPage();
        logIn(sandra, RESIDENT);
        sandra.navigate("/raadplegingen");
        sandra.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(DATA_LEAKS).setExact(true))
                .click();
        assertThat(AccountSteps.heading(sandra)).hasText(DATA_LEAKS);
        sandra.locator("main .consultation-proposals .byline")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(FATMA.name()).setExact(true))
                .first()
                .click();
        assertThat(AccountSteps.heading(sandra)).hasText(FATMA.name());
        assertThat(sandra.locator("main .profile-text")).hasText(text);
        assertThat(sandra.locator("main .about")).not().containsText("Wacht op moderatie");
        assertThat(sandra.locator("main .proposals")).containsText("Een overzicht van wie mijn gegevens krijgt");
        checkAccessibility(sandra, "public profile, Sandra");

        sandra.locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit profiel melden"))
                .click();
        assertThat(sandra.getByRole(AriaRole.DIALOG)).containsText("Profiel melden");
        Locator report = ModerationSteps.sendReport(sandra, "Bevat persoonsgegevens");
        checkAccessibility(sandra, "profile report confirmed, Sandra");
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten"))
                .click();
        assertThat(sandra.locator("main .reported"))
                .hasText("U heeft dit profiel gemeld. De griffie bekijkt uw melding.");
        assertThat(sandra.locator("main")
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit profiel melden")))
                .hasCount(0);
        checkAccessibility(sandra, "public profile after reporting, Sandra");

        // The report reaches the griffier's queue.
        griffier.reload();
        assertThat(ModerationSteps.inFullQueue(
                        griffier,
                        griffier.locator("main")
                                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(queueLabel(mark)))))
                .hasCount(1);
    }

    @Test
    void an_unknown_participant_is_a_page_not_found_with_status_404() {
        Response response = open("/deelnemers/987654321");
        assertThat(response.status()).isEqualTo(404);
        assertThat(heading()).hasText("Pagina niet gevonden");
        assertThat(page().navigate("/deelnemers/niet-een-nummer").status()).isEqualTo(404);
    }

    /** The queue's button for Fatma's profile; Playwright hands the pattern to JavaScript, which has no \Q quoting. */
    private static Pattern queueLabel(String mark) {
        return Pattern.compile("^Bekijk profiel " + FATMA.name() + ": " + mark + " ");
    }
}
