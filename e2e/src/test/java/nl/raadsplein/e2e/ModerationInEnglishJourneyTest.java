package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ModerationSteps.decide;
import static nl.raadsplein.e2e.ModerationSteps.inFullQueue;
import static nl.raadsplein.e2e.ModerationSteps.queuedComment;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
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
 * Moderation for a resident who uses Raadsplein in English: the warning before her phone number goes public, her
 * comment waiting for the griffier, a report with a text of her own, and the public log, all in English.
 */
// Comments under Fatma's proposal; the griffier's approval is audited and logged. Sophie is in English
// for good, and no journey changes that.
@SharedDemoData.Uses(
        shared = {GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT, FATMA_BELL, OVERVIEW_COMMENTS, AUDIT_TRAIL, MODERATION_LOG})
class ModerationInEnglishJourneyTest extends Journey {

    private static final AccountSteps.Person SOPHIE =
            new AccountSteps.Person("Sophie Williams", "sophie@ijssellanden.example", "Inwoner-demo-2026");
    private static final String PROPOSAL = "Een overzicht van wie mijn gegevens krijgt";
    private static final String HOSTILE_EXPLANATION = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";

    @Test
    void a_resident_in_english_is_warned_before_her_phone_number_goes_public_and_reports_a_comment() {
        String mark = ParticipationSteps.mark();
        String comment = mark + " Happy to help test this; call me on 06 12345678.";

        // Sophie's account is in English: after logging in, so is every page.
        logIn(page(), SOPHIE);
        openProposalOf(page(), "Consultations", DATA_LEAKS, PROPOSAL);
        String proposal = URI.create(page().url()).getPath();
        Locator form = page().locator("main .comment-form");
        form.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("For").setExact(true))
                .check();
        form.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Your comment").setExact(true))
                .fill(comment);
        Locator post = form.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post").setExact(true));
        post.click();

        // Before anything is posted she is told what looks like personal data, and where.
        Locator warning = form.locator("section")
                .filter(new Locator.FilterOptions().setHasText("Careful: personal data in your text?"));
        assertThat(warning).isVisible();
        assertThat(warning).containsText("a phone number in the text: ‘06 12345678’");
        checkAccessibility("personal-data warning, English");
        warning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post anyway"))
                .click();
        assertThat(notice(page(), "Your comment has been received and is awaiting moderation by the clerk."))
                .isVisible();
        Locator own = page().locator("main li.comment").filter(new Locator.FilterOptions().setHasText(mark));
        assertThat(own).containsText("Awaiting moderation by the clerk.");
        checkAccessibility("proposal with a comment awaiting moderation, English");

        // Nobody else sees it yet.
        Page visitor = anotherBrowser(DESKTOP).newPage();
        visitor.navigate(proposal);
        assertThat(AccountSteps.heading(visitor)).hasText(PROPOSAL);
        assertThat(visitor.locator("main")).not().containsText(mark);

        // The griffier approves it from the queue.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.navigate("/beheer/moderatie");
        inFullQueue(griffier, queuedComment(griffier, mark)).click();
        assertThat(griffier.getByRole(AriaRole.DIALOG)).containsText(comment);
        decide(griffier, "Goedkeuren", "geen overtreding", "goedgekeurd");

        visitor.reload();
        assertThat(visitor.locator("main li.comment").filter(new Locator.FilterOptions().setHasText(mark)))
                .isVisible();
        page().reload();
        assertThat(own).not().containsText("Awaiting moderation");

        // Sandra comments; Sophie reports it as "Other", in her own words.
        String mark2 = ParticipationSteps.mark();
        Page sandra = anotherBrowser(DESKTOP).newPage();
        logIn(sandra, RESIDENT);
        sandra.navigate(proposal);
        Locator sandrasForm = sandra.locator("main .comment-form");
        sandrasForm
                .getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("Neutraal").setExact(true))
                .check();
        sandrasForm
                .getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Uw reactie").setExact(true))
                .fill(mark2 + " Koop nu goedkope zonnepanelen bij mijn neef!");
        sandrasForm
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();
        assertThat(notice(sandra, "Uw reactie is geplaatst.")).isVisible();

        page().reload();
        page().locator("main li.comment")
                .filter(new Locator.FilterOptions().setHasText(mark2))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Report this comment"))
                .click();
        Locator report = page().getByRole(AriaRole.DIALOG);
        assertThat(report).containsText("Report comment");
        report.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("Other, namely").setExact(true))
                .check();
        report.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Report").setExact(true))
                .click();
        // "Other" needs her explanation: nothing is sent without it.
        assertThat(report).containsText("Please fill in this field.");
        assertThat(report).not().containsText("Thank you for your report");
        checkAccessibility("report dialog, explanation missing, English");
        report.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("^Explanation")))
                .fill(HOSTILE_EXPLANATION);
        report.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Report").setExact(true))
                .click();
        assertThat(report).containsText("Thank you for your report");
        assertThat(report).containsText("The author will not see who you are.");
        checkAccessibility("report dialog, confirmed, English");

        // The griffier reads her explanation as she typed it, as text.
        griffier.reload();
        inFullQueue(griffier, queuedComment(griffier, mark2)).click();
        assertThat(griffier.getByRole(AriaRole.DIALOG)).containsText(HOSTILE_EXPLANATION);
        assertThat(griffier.getByRole(AriaRole.DIALOG).locator("img")).hasCount(0);

        // The public log in English.
        page().navigate("/moderatie/logboek");
        assertThat(AccountSteps.heading(page())).hasText("Moderation log");
        assertThat(page().locator("main .log-entries")).containsText("approved");
        assertThat(page().locator("main")).not().containsText(mark);
        checkAccessibility("public moderation log, English");
    }
}
