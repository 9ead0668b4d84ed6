package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.AHMED;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
import static nl.raadsplein.e2e.ParticipationSteps.FATMA;
import static nl.raadsplein.e2e.ParticipationSteps.notice;
import static nl.raadsplein.e2e.ParticipationSteps.openProposalOf;
import static nl.raadsplein.e2e.ParticipationSteps.selectInDialog;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * J3: a comment names a private person and insults her; two residents report it, the griffier sees it arrive in
 * the moderation queue and hides it with a reason; the author is told why and appeals; the public moderation log
 * records the action without repeating the content.
 */
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
        form.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Tegen").setExact(true)).check();
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Uw reactie").setExact(true))
                .fill(comment);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Plaatsen").setExact(true)).click();
        assertThat(notice(ahmed, "Uw reactie is geplaatst.")).isVisible();

        // The griffier has the moderation queue open.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Moderatie")
                .setExact(true)).click();
        assertThat(griffier).hasURL(app().url("/beheer/moderatie"));
        assertThat(AccountSteps.heading(griffier)).hasText("Moderatie");
        checkAccessibility(griffier, "moderation queue, griffier");

        // Petra (Fatma's account) reports it: it names a private person.
        logIn(page(), FATMA);
        page().navigate(proposal);
        report(page(), mark, "Noemt een privépersoon");
        checkAccessibility("proposal, report confirmed, Fatma");
        page().getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Sluiten")).click();
        // A second time she is told she did already.
        comment(page(), mark).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Deze reactie melden")).click();
        assertThat(page().getByRole(AriaRole.DIALOG)).containsText("U hebt dit al gemeld");
        page().getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Sluiten")).click();

        // Sandra reports it as offensive.
        Page sandra = anotherBrowser(DESKTOP).newPage();
        logIn(sandra, RESIDENT);
        sandra.navigate(proposal);
        report(sandra, mark, "Beledigend of kwetsend");

        // The griffier's queue shows it without a reload.
        assertThat(griffier.locator("main .live-status")).hasText(Pattern.compile("nieuwe melding"));
        Locator open = griffier.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Bekijk reactie " + mark + " ")));
        assertThat(open).hasCount(1);
        open.click();
        Locator dialog = griffier.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Gemelde reactie");
        assertThat(dialog).containsText("Noemt een privépersoon");
        assertThat(dialog).containsText("Beledigend of kwetsend");
        assertThat(dialog).containsText(comment);
        checkAccessibility(griffier, "moderation item, griffier");
        selectInDialog(griffier, "Wat doet u?", "Verbergen");
        selectInDialog(griffier, "Reden", "privacy");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions()
                .setName("Toelichting voor de schrijver (niet verplicht)")).fill(
                "U noemt iemand bij naam en scheldt haar uit. Dat mag niet volgens de spelregels.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Besluit uitvoeren")).click();
        assertThat(notice(griffier, "Het besluit is uitgevoerd: verborgen.")).isVisible();
        assertThat(open).hasCount(0);
        checkAccessibility(griffier, "moderation queue after hiding, griffier");

        // The comment is gone from the proposal.
        page().navigate(proposal);
        assertThat(page().locator("main")).not().containsText(mark);

        // Ahmed is told why, and appeals.
        ahmed.navigate("/meldingen");
        assertThat(AccountSteps.heading(ahmed)).hasText("Meldingen");
        checkAccessibility(ahmed, "notifications, Ahmed");
        ahmed.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Uw reactie is verborgen. Reden: privacy. U kunt bezwaar maken.")).first().click();
        assertThat(ahmed).hasURL(Pattern.compile("/moderatie/besluiten/\\d+$"));
        assertThat(AccountSteps.heading(ahmed)).hasText("Besluit over uw reactie");
        assertThat(ahmed.locator("main")).containsText("Reden: privacy");
        assertThat(ahmed.locator("main")).containsText("U noemt iemand bij naam en scheldt haar uit.");
        checkAccessibility(ahmed, "decision, Ahmed");
        ahmed.locator("main").getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Uw bezwaar"))
                .fill("Ik bedoelde een personage uit een boek, niet een echte buurvrouw.");
        ahmed.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bezwaar maken")
                .setExact(true)).click();
        assertThat(notice(ahmed, "Uw bezwaar is ontvangen.")).isVisible();
        assertThat(ahmed.locator("main")).containsText("Er is nog niet beslist over uw bezwaar.");
        assertThat(ahmed.locator("main").getByRole(AriaRole.TEXTBOX)).hasCount(0);
        checkAccessibility(ahmed, "decision, appealed, Ahmed");

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
        comment(page, mark).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Deze reactie melden")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Reactie melden");
        checkAccessibility(page, "report dialog");
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(reason).setExact(true)).check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Melden").setExact(true)).click();
        assertThat(dialog).containsText("Bedankt voor uw melding");
        assertThat(dialog).containsText("De griffie bekijkt de bijdrage");
    }
}
