package nl.raadsplein.proposal.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalState;
import org.junit.jupiter.api.Test;

/** The author's changes the service refuses: the refusal shows on the field it concerns, and nothing changes. */
class ProposalRefusalsTest extends ProposalUiTestSupport {

    @Test
    void a_withdrawal_without_a_reason_is_refused_on_the_reason_and_the_dialog_stays_open() {
        AccountPrincipal author = fixtures.account();
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long id = as(author, () -> proposals.submit(ProposalFixtures.submission(consultation, "Blijft staan")));
        signInAs(author);
        open(id);
        click("Intrekken");

        Dialog dialog = $(Dialog.class).single();
        TextArea reason = $(TextArea.class, dialog).withLabel("Reden").single();
        test($(Button.class, dialog).withText("Voorstel intrekken").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(as(author, () -> proposals.proposal(id)).state()).isEqualTo(ProposalState.PUBLISHED);
    }

    @Test
    void a_comment_changed_to_too_long_a_text_is_refused_on_the_text_which_stays() {
        long id = proposal();
        AccountPrincipal author = fixtures.account();
        as(author, () -> comments.comment(newComment(id, null, Alignment.FOR, "Kort en goed.")));
        signInAs(author);
        open(id);
        click("Wijzigen");

        TextArea text = $(TextArea.class).withLabel("Uw reactie wijzigen").single();
        String tooLong = "a".repeat(CommentService.COMMENT_LENGTH + 1);
        // Past the field's limit, as a browser lets one paste: the service refuses it all the same.
        text.setValue(tooLong);
        click("Opslaan");

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("Dit is te lang: maximaal");
        assertThat(text.getValue()).isEqualTo(tooLong);
        assertThat(commentCounts()).startsWith("1 voor");
    }
}
