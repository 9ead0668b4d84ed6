package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
import static nl.raadsplein.e2e.ParticipationSteps.notice;
import static nl.raadsplein.e2e.ParticipationSteps.submitProposal;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.FATMA_BELL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.MODERATION_LOG;
import static nl.raadsplein.e2e.SharedDemoData.Resource.OVERVIEW_COMMENTS;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * What a griffier's report does at once: the proposal or comment is hidden pending review, everyone else sees a
 * neutral placeholder instead of "not found" or a verdict, and the author is told it waits for a griffier.
 */
// Comments under Fatma's proposal; the griffier's reports hide at once (audited).
@SharedDemoData.Uses(
        shared = {GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT, FATMA_BELL, OVERVIEW_COMMENTS, AUDIT_TRAIL, MODERATION_LOG})
class UnderReviewJourneyTest extends Journey {

    private static final String OVERVIEW = "Een overzicht van wie mijn gegevens krijgt";

    @Test
    void what_a_griffier_reports_is_hidden_pending_review_behind_a_neutral_placeholder() {
        String mark = ParticipationSteps.mark();
        String title = "Alle camera's van de buurman op een kaart " + mark;

        // Sandra posts a proposal, and a comment under another one.
        Page sandra = anotherBrowser(DESKTOP).newPage();
        logIn(sandra, RESIDENT);
        sandra.navigate("/raadplegingen");
        sandra.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(DATA_LEAKS).setExact(true))
                .click();
        assertThat(AccountSteps.heading(sandra)).hasText(DATA_LEAKS);
        String consultation = URI.create(sandra.url()).getPath();
        String proposal = submitProposal(
                sandra,
                consultation,
                title,
                "Zet alle camera's van de buurman op een openbare kaart, met zijn naam erbij.",
                "Persoonsgegevens",
                "Persoonsgegevens en privacy");
        ParticipationSteps.openProposalOf(sandra, DATA_LEAKS, OVERVIEW);
        String overview = URI.create(sandra.url()).getPath();
        Locator form = sandra.locator("main .comment-form");
        form.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("Tegen").setExact(true))
                .check();
        form.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Uw reactie").setExact(true))
                .fill(mark + " De buurman op nummer 12 houdt iedereen in de gaten.");
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();
        assertThat(notice(sandra, "Uw reactie is geplaatst.")).isVisible();

        // The griffier reports both: a griffier's report hides at once, pending review.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.navigate(proposal);
        griffier.locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit voorstel melden"))
                .click();
        report(griffier, "Noemt een privépersoon");
        griffier.navigate(overview);
        griffier.locator("main li.comment")
                .filter(new Locator.FilterOptions().setHasText(mark))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deze reactie melden"))
                .click();
        report(griffier, "Noemt een privépersoon");

        // A visitor following a link to the proposal learns only that it is being reviewed.
        page().navigate(proposal);
        assertThat(heading()).hasText("Voorstel in beoordeling");
        assertThat(page().locator("main")).containsText("wordt beoordeeld door de griffie");
        assertThat(page().locator("main")).not().containsText(mark);
        checkAccessibility("proposal under review, visitor");
        page().navigate(overview);
        assertThat(page().locator("main li.comment")
                        .filter(new Locator.FilterOptions()
                                .setHasText("Deze reactie is gemeld en wordt beoordeeld door de griffie.")))
                .hasCount(1);
        assertThat(page().locator("main")).not().containsText(mark);
        checkAccessibility("proposal with a comment under review, visitor");

        // Sandra is told, without who reported.
        sandra.navigate("/meldingen");
        assertThat(sandra.locator("main"))
                .containsText("Uw voorstel is gemeld en is verborgen tot een griffier " + "erover beslist.");
        assertThat(sandra.locator("main"))
                .containsText("Uw reactie is gemeld en is verborgen tot een griffier " + "erover beslist.");
        assertThat(sandra.locator("main")).not().containsText(AccountSteps.GRIFFIER.name());
        checkAccessibility(sandra, "notifications after a report hid her contributions, Sandra");
    }

    private void report(Page page, String reason) {
        ModerationSteps.sendReport(page, reason)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten"))
                .click();
    }
}
