package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.SECOND_GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ModerationSteps.decide;
import static nl.raadsplein.e2e.ModerationSteps.inFullQueue;
import static nl.raadsplein.e2e.ModerationSteps.queuedComment;
import static nl.raadsplein.e2e.ParticipationSteps.AHMED;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
import static nl.raadsplein.e2e.ParticipationSteps.FATMA;
import static nl.raadsplein.e2e.ParticipationSteps.notice;
import static nl.raadsplein.e2e.ParticipationSteps.openProposalOf;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * J3: a comment names a private person and insults her; two residents report it, the griffier sees it arrive in
 * the moderation queue and hides it with a reason; the author is told why and appeals; not that griffier but
 * another decides the appeal and the author is told; the public moderation log records the action without
 * repeating the content.
 */
// Looks for its decision among the newest entries of the public log; comments under Fatma's proposal, and
// Fatma, as a reporter, is told the outcome.
@SharedDemoData.Uses(
        exclusive = MODERATION_LOG,
        shared = {GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT, FATMA_BELL, OVERVIEW_COMMENTS, AUDIT_TRAIL})
class ModerationJourneyTest extends Journey {

    private static final String PROPOSAL = "Een overzicht van wie mijn gegevens krijgt";

    @Test
    void a_comment_that_names_and_insults_a_private_person_is_reported_hidden_with_a_reason_and_appealed() {
        String mark = ParticipationSteps.mark();
        String comment = mark + " Gerda Visser uit de Dorpsstraat is een leugenachtige heks en een oplichter.";

        // Ahmed posts the comment under a demo proposal.
        Page ahmed = anotherBrowser(DESKTOP).newPage();
        logIn(ahmed, AHMED);
        openProposalOf(ahmed, DATA_LEAKS, PROPOSAL);
        String proposal = URI.create(ahmed.url()).getPath();
        Locator form = ahmed.locator("main .comment-form");
        form.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("Tegen").setExact(true))
                .check();
        form.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Uw reactie").setExact(true))
                .fill(comment);
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();
        assertThat(notice(ahmed, "Uw reactie is geplaatst.")).isVisible();

        // The griffier has the moderation queue open.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.locator("nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Moderatie").setExact(true))
                .click();
        assertThat(griffier).hasURL(app().url("/beheer/moderatie"));
        assertThat(AccountSteps.heading(griffier)).hasText("Moderatie");
        checkAccessibility(griffier, "moderation queue, griffier");

        // Petra (Fatma's account) reports it: it names a private person.
        logIn(page(), FATMA);
        page().navigate(proposal);
        report(page(), mark, "Noemt een privépersoon");
        checkAccessibility("proposal, report confirmed, Fatma");
        page().getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten"))
                .click();
        // A second time she is told she did already.
        comment(page(), mark)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deze reactie melden"))
                .click();
        assertThat(page().getByRole(AriaRole.DIALOG)).containsText("U hebt dit al gemeld");
        page().getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten"))
                .click();

        // Sandra reports it as offensive.
        Page sandra = anotherBrowser(DESKTOP).newPage();
        logIn(sandra, RESIDENT);
        sandra.navigate(proposal);
        report(sandra, mark, "Beledigend of kwetsend");

        // The griffier's queue shows it without a reload.
        assertThat(griffier.locator("main .live-status")).hasText(Pattern.compile("nieuwe melding"));
        Locator open = inFullQueue(griffier, queuedComment(griffier, mark));
        assertThat(open).hasCount(1);
        open.click();
        Locator dialog = griffier.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Gemelde reactie");
        assertThat(dialog).containsText("Noemt een privépersoon");
        assertThat(dialog).containsText("Beledigend of kwetsend");
        assertThat(dialog).containsText(comment);
        checkAccessibility(griffier, "moderation item, griffier");
        dialog.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Toelichting voor de schrijver (niet verplicht)"))
                .fill("U noemt iemand bij naam en scheldt haar uit. Dat mag niet volgens de spelregels.");
        decide(griffier, "Verbergen", "privacy", "verborgen");
        assertThat(open).hasCount(0);
        checkAccessibility(griffier, "moderation queue after hiding, griffier");

        // The comment is gone from the proposal.
        page().navigate(proposal);
        assertThat(page().locator("main")).not().containsText(mark);

        // Ahmed is told why, and appeals.
        ahmed.navigate("/meldingen");
        assertThat(AccountSteps.heading(ahmed)).hasText("Meldingen");
        checkAccessibility(ahmed, "notifications, Ahmed");
        ahmed.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Uw reactie is verborgen. Reden: privacy. U kunt bezwaar maken."))
                .first()
                .click();
        assertThat(ahmed).hasURL(Pattern.compile("/moderatie/besluiten/\\d+$"));
        assertThat(AccountSteps.heading(ahmed)).hasText("Besluit over uw reactie");
        assertThat(ahmed.locator("main")).containsText("Reden: privacy");
        assertThat(ahmed.locator("main")).containsText("U noemt iemand bij naam en scheldt haar uit.");
        checkAccessibility(ahmed, "decision, Ahmed");
        String objection = "Ik bedoelde een personage uit een boek (" + mark + "), niet een echte buurvrouw.";
        ahmed.locator("main")
                .getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Uw bezwaar"))
                .fill(objection);
        ahmed.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Bezwaar maken").setExact(true))
                .click();
        assertThat(notice(ahmed, "Uw bezwaar is ontvangen.")).isVisible();
        assertThat(ahmed.locator("main")).containsText("Er is nog niet beslist over uw bezwaar.");
        assertThat(ahmed.locator("main").getByRole(AriaRole.TEXTBOX)).hasCount(0);
        checkAccessibility(ahmed, "decision, appealed, Ahmed");
        String decisionPage = URI.create(ahmed.url()).getPath();

        // Gerrit hid the comment, so the appeal is not his to decide: he reads it, and is told why he has no form.
        griffier.reload();
        Locator appeal = openAppeal(griffier, objection);
        assertThat(appeal).containsText(comment);
        assertThat(appeal).containsText("Over dit bezwaar beslist een andere griffier dan wie het besluit nam.");
        assertThat(appeal.getByRole(AriaRole.RADIO)).hasCount(0);
        assertThat(appeal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Beslissen")))
                .hasCount(0);
        checkAccessibility(griffier, "appeal dialog, griffier who acted");
        appeal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren"))
                .click();

        // Lotte, the other griffier, upholds the decision with an explanation.
        Page lotte = anotherBrowser(DESKTOP).newPage();
        logIn(lotte, SECOND_GRIFFIER);
        lotte.navigate("/beheer/moderatie");
        openAppeal(lotte, objection);
        decideAppeal(
                lotte,
                "Besluit blijft staan",
                "Ook als het een personage is, staat er een echte naam en straat bij. Het besluit blijft staan.");
        assertThat(notice(lotte, "Over het bezwaar is beslist: Besluit blijft staan."))
                .isVisible();
        checkAccessibility(lotte, "moderation queue after the appeal, second griffier");

        // Ahmed is told the outcome, and reads it with the explanation.
        ahmed.navigate("/meldingen");
        ahmed.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Er is beslist over uw bezwaar over uw reactie: het besluit blijft staan."))
                .first()
                .click();
        assertThat(ahmed).hasURL(app().url(decisionPage));
        assertThat(ahmed.locator("main")).containsText("Beslissing over uw bezwaar: Besluit blijft staan");
        assertThat(ahmed.locator("main")).containsText("Ook als het een personage is");
        checkAccessibility(ahmed, "decision, appeal decided, Ahmed");

        // The public log shows the action, never the content or who was involved.
        Page visitor = anotherBrowser(DESKTOP).newPage();
        visitor.navigate("/moderatie/logboek");
        assertThat(AccountSteps.heading(visitor)).hasText("Moderatielogboek");
        Locator entries = visitor.locator("main .log-entries");
        assertThat(entries).containsText(DATA_LEAKS);
        assertThat(entries).containsText("verborgen");
        assertThat(entries).containsText("privacy");
        assertThat(visitor.locator("main")).not().containsText("Gerda");
        assertThat(visitor.locator("main")).not().containsText(mark);
        assertThat(visitor.locator("main")).not().containsText(AHMED.name());
        assertThat(visitor.locator("main")).not().containsText(FATMA.name());
        checkAccessibility(visitor, "public moderation log, visitor");
    }

    private static Locator comment(Page page, String mark) {
        return page.locator("main li.comment").filter(new Locator.FilterOptions().setHasText(mark));
    }

    /** Reports the comment with this mark for this reason, and sees what happens next. */
    private void report(Page page, String mark, String reason) {
        comment(page, mark)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deze reactie melden"))
                .click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Reactie melden");
        checkAccessibility(page, "report dialog");
        assertThat(ModerationSteps.sendReport(page, reason)).containsText("De griffie bekijkt de bijdrage");
    }

    /** Opens, in the queue's appeals, the appeal with this text. */
    private static Locator openAppeal(Page griffier, String objection) {
        Locator handle = griffier.locator("main .appeals")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Bezwaar van " + AHMED.name() + " behandelen"));
        // Oldest first: this journey's appeal is the newest of Ahmed's.
        handle.last().click();
        Locator dialog = griffier.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Bezwaar behandelen");
        assertThat(dialog).containsText(objection);
        return dialog;
    }

    private static void decideAppeal(Page griffier, String decision, String explanation) {
        Locator dialog = griffier.getByRole(AriaRole.DIALOG);
        dialog.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(decision).setExact(true))
                .check();
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Toelichting voor de schrijver"))
                .fill(explanation);
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Beslissen").setExact(true))
                .click();
    }
}
