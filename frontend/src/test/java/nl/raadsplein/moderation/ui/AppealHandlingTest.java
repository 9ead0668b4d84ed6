package nl.raadsplein.moderation.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.moderation.Appeal;
import nl.raadsplein.moderation.AppealView;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ContentState;
import nl.raadsplein.moderation.Decision;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.Report;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.proposal.CommentEdit;
import org.junit.jupiter.api.Test;

class AppealHandlingTest extends ModerationUiTestSupport {

    private record Appealed(AccountPrincipal actor, ContentRef ref, long appealId) {}

    private Appealed appealed() {
        long id = proposal();
        AccountPrincipal author = fixtures.account();
        ContentRef ref = ContentRef.comment(comment(id, author, "Mijn buurman is een sukkel."));
        as(fixtures.account(), () -> {
            reporting.report(new Report(ref, ReportReason.OFFENSIVE, null));
            return null;
        });
        AccountPrincipal actor = fixtures.account(Role.GRIFFIER);
        long actionId = as(
                actor, () -> actions.hide(ref, Decision.of(ModerationReason.OFFENSIVE, moderationQueue.version(ref))));
        long appealId = as(author, () -> appeals.appeal(new Appeal(actionId, "Sukkel is geen scheldwoord.")));
        return new Appealed(actor, ref, appealId);
    }

    @SuppressWarnings("unchecked")
    private void openAppeal(long appealId) {
        Grid<AppealView> grid = $(Grid.class).withClassName("appeals").single();
        var rows = test(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).id() == appealId) {
                test((Button) rows.getCellComponent(i, 4)).click();
                return;
            }
        }
        throw new AssertionError("appeal " + appealId + " not in the list");
    }

    @Test
    void another_griffier_overturns_the_decision_and_the_comment_comes_back() {
        Appealed appealed = appealed();
        signInAs(Role.GRIFFIER);
        navigate(ModerationQueueView.class);
        openAppeal(appealed.appealId());

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("Sukkel is geen scheldwoord.");
        test($(RadioButtonGroup.class, dialog).withLabel("Uw beslissing").single())
                .selectItem("Besluit teruggedraaid");
        test($(TextArea.class, dialog)
                        .withLabel("Toelichting voor de schrijver")
                        .single())
                .setValue("Het woord is onaardig, maar geen belediging van een herkenbaar persoon.");
        test($(Button.class, dialog).withText("Beslissen").single()).click();

        assertThat(notifications()).contains("Over het bezwaar is beslist: Besluit teruggedraaid.");
        assertThat(fixtures.asGriffier(() -> moderationQueue.item(appealed.ref()))
                        .item()
                        .contentState())
                .isEqualTo(ContentState.PUBLISHED);
    }

    @Test
    void the_griffier_who_acted_is_not_offered_the_decision() {
        Appealed appealed = appealed();
        signInAs(appealed.actor());
        navigate(ModerationQueueView.class);
        openAppeal(appealed.appealId());

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Sukkel is geen scheldwoord.")
                .contains("Over dit bezwaar beslist een andere griffier dan wie het besluit nam.");
        assertThat($(RadioButtonGroup.class, dialog).all()).isEmpty();
        assertThat($(Button.class, dialog).withText("Beslissen").all()).isEmpty();
    }

    private long redactedAndAppealed(boolean editedSince) {
        long id = proposal();
        AccountPrincipal author = fixtures.account();
        long commentId = comment(id, author, "Bel Truus Bakker maar, die weet het.");
        ContentRef ref = ContentRef.comment(commentId);
        long actionId = as(
                fixtures.account(Role.GRIFFIER),
                () -> actions.redact(
                        ref,
                        nl.raadsplein.proposal.Redaction.of("Truus Bakker"),
                        Decision.of(ModerationReason.PRIVACY, 0)));
        if (editedSince) {
            int version = comments.comments(id).getFirst().version();
            as(author, () -> {
                comments.editComment(new CommentEdit(commentId, version, "Bel haar maar, die weet het.", false));
                return null;
            });
        }
        return as(author, () -> appeals.appeal(new Appeal(actionId, "Truus vindt het goed dat ik haar noem.")));
    }

    private void overturn(long appealId) {
        Dialog dialog = $(Dialog.class).single();
        test($(RadioButtonGroup.class, dialog).single()).selectItem("Besluit teruggedraaid");
        test($(TextArea.class, dialog).single()).setValue("Zij gaf toestemming.");
        test($(Button.class, dialog).withText("Beslissen").single()).click();
    }

    @Test
    void the_griffier_deciding_sees_the_redacted_text_and_overturning_puts_it_back() {
        long appealId = redactedAndAppealed(false);
        signInAs(Role.GRIFFIER);
        navigate(ModerationQueueView.class);
        openAppeal(appealId);

        assertThat($(Dialog.class).single().getElement().getTextRecursively())
                .contains("Weggehaalde tekst: ‘Truus Bakker’.");
        overturn(appealId);

        assertThat(notifications()).contains("Over het bezwaar is beslist: Besluit teruggedraaid.");
        AppealView decided = fixtures.asGriffier(() -> appeals.appealDetails(appealId));
        assertThat(decided.redactedFragment()).isNull();
        assertThat(fixtures.asGriffier(() -> moderationQueue.item(decided.content()))
                        .item()
                        .text())
                .isEqualTo("Bel Truus Bakker maar, die weet het.");
    }

    @Test
    void when_the_author_changed_the_text_since_the_griffier_is_told_nothing_was_put_back() {
        long appealId = redactedAndAppealed(true);
        signInAs(Role.GRIFFIER);
        navigate(ModerationQueueView.class);
        openAppeal(appealId);
        overturn(appealId);

        assertThat(notifications())
                .contains(
                        "Het besluit is teruggedraaid, maar de weggehaalde tekst is niet "
                                + "teruggezet: de schrijver heeft de tekst sindsdien gewijzigd. De tekst blijft zoals hij nu is.");
    }
}
