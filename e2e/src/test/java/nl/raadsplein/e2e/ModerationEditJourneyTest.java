package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.AHMED;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
import static nl.raadsplein.e2e.ParticipationSteps.commentCounts;
import static nl.raadsplein.e2e.ParticipationSteps.commentCountsText;
import static nl.raadsplein.e2e.ParticipationSteps.notice;
import static nl.raadsplein.e2e.ParticipationSteps.openProposalOf;
import static nl.raadsplein.e2e.ParticipationSteps.submitProposal;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.FATMA_BELL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.MODERATION_LOG;
import static nl.raadsplein.e2e.SharedDemoData.Resource.OVERVIEW_COMMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Personal data typed into an edit: Ahmed changes his proposal and his comment to include a phone number and an
 * e-mail address; the forms warn as the posting forms do, he saves anyway, both wait for the griffie (the comment
 * leaves the counts), and once the griffier approves the comment he is told it is online. Someone else's
 * decision page is a real 404. Axe on every state.
 */
// Expects the comment counts under Fatma's proposal to move by its own comment only.
@SharedDemoData.Uses(
        exclusive = OVERVIEW_COMMENTS,
        shared = {GRIFFIER_ACCOUNT, FATMA_BELL, AUDIT_TRAIL, MODERATION_LOG})
class ModerationEditJourneyTest extends Journey {

    private static final String OVERVIEW = "Een overzicht van wie mijn gegevens krijgt";
    private static final String WARNING = "Let op: persoonsgegevens in uw tekst?";
    private static final String HELD =
            "Uw wijziging is opgeslagen. De griffie beoordeelt de tekst eerst; tot dan ziet " + "alleen u hem.";

    @Test
    void personal_data_added_in_an_edit_is_warned_about_and_saved_anyway_waits_for_the_griffie() {
        String mark = ParticipationSteps.mark();
        logIn(page(), AHMED);

        // His own proposal, changed within the edit window.
        page().navigate("/raadplegingen");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(DATA_LEAKS).setExact(true))
                .click();
        assertThat(heading()).hasText(DATA_LEAKS);
        String consultation = URI.create(page().url()).getPath();
        String title = "Eén loket voor vragen over mijn gegevens " + mark;
        submitProposal(
                page(),
                consultation,
                title,
                "Geef inwoners één plek waar zij vragen over hun gegevens kunnen stellen.",
                "Persoonsgegevens",
                "Persoonsgegevens en privacy");
        page().locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Wijzigen").setExact(true))
                .click();
        Locator dialog = page().getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Voorstel wijzigen");
        String withPhone = "Geef inwoners één plek voor vragen over hun gegevens. Bel mij op 06-12345678.";
        dialog.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Uw voorstel").setExact(true))
                .fill(withPhone);
        button(dialog, "Opslaan").click();
        Locator warning = dialog.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(WARNING));
        assertThat(warning).isVisible();
        assertThat(warning).containsText("een telefoonnummer in de tekst: ‘06-12345678’");
        checkAccessibility("proposal edit, personal-data warning, Ahmed");
        button(dialog, "Aanpassen").click();
        assertThat(warning).isHidden();
        button(dialog, "Opslaan").click();
        assertThat(warning).isVisible();
        button(dialog, "Toch plaatsen").click();
        assertThat(notice(page(), HELD)).isVisible();
        assertThat(page().locator("main .state")).hasText("Status: Wacht op beoordeling");
        checkAccessibility("own proposal, edited, awaiting moderation, Ahmed");

        // His comment under Fatma's proposal, changed after it was published.
        openProposalOf(page(), DATA_LEAKS, OVERVIEW);
        String proposal = URI.create(page().url()).getPath();
        int[] before = commentCounts(page());
        Locator form = page().locator("main .comment-form");
        form.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("Voor").setExact(true))
                .check();
        form.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Uw reactie").setExact(true))
                .fill(mark + " Goed idee, ik help graag mee.");
        button(form, "Plaatsen").click();
        assertThat(notice(page(), "Uw reactie is geplaatst.")).isVisible();
        assertThat(page().locator("main .comment-counts"))
                .hasText(commentCountsText(before[0] + 1, before[1], before[2] + 1));

        Locator comment = page().locator("main li.comment").filter(new Locator.FilterOptions().setHasText(mark));
        button(comment, "Wijzigen").click();
        String withEmail = mark + " Goed idee, ik help graag mee: mail ahmed.elamrani@example.nl.";
        comment.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Uw reactie wijzigen"))
                .fill(withEmail);
        button(comment, "Opslaan").click();
        Locator commentWarning = comment.getByRole(AriaRole.ALERT);
        assertThat(commentWarning).containsText(WARNING);
        assertThat(commentWarning).containsText("een e-mailadres in de tekst: ‘ahmed.elamrani@example.nl’");
        checkAccessibility("comment edit, personal-data warning, Ahmed");
        button(comment, "Toch plaatsen").click();
        assertThat(notice(page(), HELD)).isVisible();
        assertThat(comment).containsText("Wacht op beoordeling door de griffie.");
        assertThat(page().locator("main .comment-counts")).hasText(commentCountsText(before[0], before[1], before[2]));
        checkAccessibility("proposal, own comment edited and awaiting moderation, Ahmed");

        // Others no longer see the comment while it waits.
        Page visitor = anotherBrowser(DESKTOP).newPage();
        visitor.navigate(proposal);
        assertThat(AccountSteps.heading(visitor)).hasText(OVERVIEW);
        assertThat(visitor.locator("main")).not().containsText(mark);

        // The griffier finds it waiting in the queue and approves it.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.navigate("/beheer/moderatie");
        Locator open = ModerationSteps.inFullQueue(griffier, ModerationSteps.queuedComment(griffier, mark));
        assertThat(open).hasCount(1);
        open.click();
        Locator item = griffier.getByRole(AriaRole.DIALOG);
        assertThat(item).containsText("ahmed.elamrani@example.nl");
        select(griffier, "Wat doet u?", "Goedkeuren");
        select(griffier, "Reden", "geen overtreding");
        button(item, "Besluit uitvoeren").click();
        assertThat(notice(griffier, "Het besluit is uitgevoerd: goedgekeurd.")).isVisible();

        // Ahmed is told it is online; the counts have it again.
        page().navigate("/meldingen");
        assertThat(heading()).hasText("Meldingen");
        Locator told = page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Uw reactie is goedgekeurd door de griffie en staat nu voor iedereen online."))
                .first();
        assertThat(told).isVisible();
        checkAccessibility("notifications, comment approved, Ahmed");
        told.click();
        assertThat(page()).hasURL(app().url(proposal));
        assertThat(page().locator("main .comment-counts"))
                .hasText(commentCountsText(before[0] + 1, before[1], before[2] + 1));

        // A decision that is not his is not found, for the document's status too.
        Response response = page().navigate("/moderatie/besluiten/999999999");
        assertThat(response.status())
                .as("HTTP status of someone else's or an unknown decision")
                .isEqualTo(404);
        assertThat(heading()).hasText("Pagina niet gevonden");
        checkAccessibility("unknown decision, Ahmed");
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Picks an option in a Vaadin select by its label. */
    private static void select(Page page, String label, String option) {
        page.getByRole(AriaRole.DIALOG)
                .getByLabel(label, new Locator.GetByLabelOptions().setExact(true))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }
}
