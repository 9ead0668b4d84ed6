package nl.raadsplein.proposal.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalState;
import org.junit.jupiter.api.Test;

/** Before a proposal or comment with personal data goes public, the form warns; the author edits or posts anyway. */
class PersonalDataWarningTest extends ProposalUiTestSupport {

    private static final String TITLE = "Parkeren op de stoep";
    private static final String BODY = "Mijn buurman (BSN 111222333) parkeert altijd op de stoep bij de school.";

    private void openForm(long consultation) {
        navigate("raadplegingen/" + consultation + "/voorstel-indienen", SubmitProposalView.class);
    }

    private TextField title() {
        return $(TextField.class).withLabel("Titel").single();
    }

    private TextArea body() {
        return $(TextArea.class).withLabel("Uw voorstel").single();
    }

    @SuppressWarnings("unchecked")
    private void writeProposal(String title, String body) {
        test(title()).setValue(title);
        test(body()).setValue(body);
        MultiSelectComboBox<String> topics =
                $(MultiSelectComboBox.class).withLabel("Onderwerpen").single();
        topics.setValue(Set.of("personal-data"));
    }

    private PersonalDataWarning warning() {
        return $(PersonalDataWarning.class).single();
    }

    private boolean warningShown() {
        return $(PersonalDataWarning.class).all().stream().anyMatch(w -> w.isVisible() && w.isAttached());
    }

    private List<String> findings() {
        return $(ListItem.class, warning()).all().stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void the_check_warns_about_a_bsn_and_editing_keeps_the_text() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAsResident();
        openForm(consultation);
        writeProposal(TITLE, BODY);
        int before = fixtures.proposalCount();

        click("Controleren");

        assertThat(warningShown()).isTrue();
        assertThat(warning().getElement().getAttribute("role")).isEqualTo("alert");
        assertThat($(H3.class, warning()).single().getText()).isEqualTo("Let op: persoonsgegevens in uw tekst?");
        assertThat(warning().getElement().getAttribute("aria-labelledby"))
                .isEqualTo($(H3.class, warning()).single().getId().orElseThrow());
        assertThat(findings()).containsExactly("een burgerservicenummer in de tekst: ‘111222333’");
        assertThat($(Button.class).withText("Indienen").exists()).isFalse();
        assertThat(button("Toch plaatsen").isVisible()).isTrue();

        click("Aanpassen");

        assertThat(warningShown()).isFalse();
        assertThat(title().getValue()).isEqualTo(TITLE);
        assertThat(body().getValue()).isEqualTo(BODY);
        assertThat(getCurrentView()).isInstanceOf(SubmitProposalView.class);
        assertThat(fixtures.proposalCount()).isEqualTo(before);

        test(body()).setValue("Mijn buurman parkeert altijd op de stoep bij de school.");
        click("Controleren");
        assertThat(warningShown()).isFalse();
        assertThat(button("Indienen").isVisible()).isTrue();
    }

    @Test
    void posting_anyway_shows_the_proposal_awaiting_moderation() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAsResident();
        openForm(consultation);
        writeProposal("Bel mij op 06-12345678", BODY);

        click("Controleren");
        assertThat(findings())
                .containsExactly(
                        "een telefoonnummer in de titel: ‘06-12345678’",
                        "een burgerservicenummer in de tekst: ‘111222333’");
        click("Toch plaatsen");

        assertThat(getCurrentView()).isInstanceOf(ProposalView.class);
        assertThat(saysSomewhere("wacht op beoordeling door de griffie")).isTrue();
        long id = fixtures.dsl()
                .select(nl.raadsplein.jooq.Tables.PROPOSAL.ID)
                .from(nl.raadsplein.jooq.Tables.PROPOSAL)
                .where(nl.raadsplein.jooq.Tables.PROPOSAL.TITLE.eq("Bel mij op 06-12345678"))
                .fetchOne()
                .value1();
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.AWAITING_MODERATION);
    }

    @Test
    void text_changed_after_the_check_is_warned_about_on_submitting() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAsResident();
        openForm(consultation);
        writeProposal(TITLE, "Mijn buurman parkeert altijd op de stoep.");
        click("Controleren");
        assertThat(warningShown()).isFalse();

        test(body()).setValue("Mail mijn buurman: buurman@example.nl");
        click("Indienen");

        assertThat(getCurrentView()).isInstanceOf(SubmitProposalView.class);
        assertThat(findings()).containsExactly("een e-mailadres in de tekst: ‘buurman@example.nl’");
    }

    @Test
    void a_comment_with_a_phone_number_is_warned_about_and_posting_anyway_holds_it_for_moderation() {
        long id = proposal();
        signInAsResident();
        open(id);
        String text = "Bel me gerust op 010-1234567, dan help ik mee.";
        test($(RadioButtonGroup.class)
                        .withLabel("Wat vindt u van dit voorstel?")
                        .single())
                .selectItem("Voor");
        test($(TextArea.class).withLabel("Uw reactie").single()).setValue(text);

        click("Plaatsen");

        assertThat(warningShown()).isTrue();
        assertThat(findings()).containsExactly("een telefoonnummer in de tekst: ‘010-1234567’");
        assertThat(comments.comments(id)).isEmpty();

        click("Aanpassen");
        assertThat(warningShown()).isFalse();
        assertThat($(TextArea.class).withLabel("Uw reactie").single().getValue())
                .isEqualTo(text);

        click("Plaatsen");
        click("Toch plaatsen");

        assertThat(notifications()).contains("Uw reactie is ontvangen en wacht op beoordeling door de griffie.");
        ListItem comment = $(ListItem.class).withClassName("comment-depth-1").single();
        assertThat(comment.getElement().getTextRecursively())
                .contains(text)
                .contains("Wacht op beoordeling door de griffie.");
        assertThat(comments.comments(id).getFirst().state()).isEqualTo(ProposalCommentState.AWAITING_MODERATION);
        assertThat(commentCounts()).isEqualTo("0 voor · 0 tegen · 0 reacties");
        assertThat(as(fixtures.account(), () -> comments.comments(id))).isEmpty();
    }

    @Test
    void a_comment_without_personal_data_is_posted_without_a_warning() {
        long id = proposal();
        signInAsResident();
        open(id);
        test($(RadioButtonGroup.class)
                        .withLabel("Wat vindt u van dit voorstel?")
                        .single())
                .selectItem("Tegen");
        test($(TextArea.class).withLabel("Uw reactie").single()).setValue("Bestelling 123456789 kwam nooit aan.");

        click("Plaatsen");

        assertThat(warningShown()).isFalse();
        assertThat(commentCounts()).isEqualTo("0 voor · 1 tegen · 1 reacties");
    }

    @Test
    void an_edit_with_a_phone_number_is_warned_about_and_saving_anyway_holds_the_proposal_for_moderation() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAsResident();
        long id = proposals.submit(nl.raadsplein.proposal.ProposalFixtures.submission(consultation, TITLE));
        open(id);
        String text = "Bel mij op 06-12345678 als u mee wilt doen.";

        click("Wijzigen");
        test(body()).setValue(text);
        click("Opslaan");

        assertThat(warningShown()).isTrue();
        assertThat(findings()).containsExactly("een telefoonnummer in de tekst: ‘06-12345678’");
        assertThat(proposals.proposal(id).body()).isNotEqualTo(text);

        click("Aanpassen");
        assertThat(warningShown()).isFalse();
        assertThat(body().getValue()).isEqualTo(text);

        click("Opslaan");
        click("Toch plaatsen");

        assertThat(notifications())
                .contains(
                        "Uw wijziging is opgeslagen. De griffie beoordeelt de tekst eerst; tot dan ziet alleen u hem.");
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.AWAITING_MODERATION);
        assertThat(proposals.proposal(id).body()).isEqualTo(text);
        assertThat(saysSomewhere("Status: Wacht op beoordeling")).isTrue();
    }

    @Test
    void a_comment_edited_with_an_email_address_is_warned_about_and_saving_anyway_takes_it_out_of_the_counts() {
        long id = proposal();
        signInAsResident();
        long commentId = comments.comment(newComment(id, null, nl.raadsplein.proposal.Alignment.FOR, "Goed plan."));
        open(id);
        assertThat(commentCounts()).isEqualTo("1 voor · 0 tegen · 1 reacties");
        String text = "Goed plan. Mail me op jan.jansen@example.nl.";

        click("Wijzigen");
        TextArea edit = $(TextArea.class).withLabel("Uw reactie wijzigen").single();
        test(edit).setValue(text);
        click("Opslaan");

        assertThat(warningShown()).isTrue();
        assertThat(findings()).containsExactly("een e-mailadres in de tekst: ‘jan.jansen@example.nl’");
        assertThat(comments.comments(id).getFirst().body()).isEqualTo("Goed plan.");

        click("Toch plaatsen");

        assertThat(notifications())
                .contains(
                        "Uw wijziging is opgeslagen. De griffie beoordeelt de tekst eerst; tot dan ziet alleen u hem.");
        assertThat(commentCounts()).isEqualTo("0 voor · 0 tegen · 0 reacties");
        ListItem comment = $(ListItem.class).withClassName("comment-depth-1").single();
        assertThat(comment.getElement().getTextRecursively())
                .contains(text)
                .contains("Wacht op beoordeling door de griffie.");
        assertThat(comments.comments(id).getFirst().id()).isEqualTo(commentId);
        assertThat(comments.comments(id).getFirst().state()).isEqualTo(ProposalCommentState.AWAITING_MODERATION);
        assertThat(as(fixtures.account(), () -> comments.comments(id))).isEmpty();
    }

    @Test
    void a_comment_edited_without_personal_data_is_saved_without_a_warning() {
        long id = proposal();
        signInAsResident();
        comments.comment(newComment(id, null, nl.raadsplein.proposal.Alignment.AGAINST, "Tegen."));
        open(id);

        click("Wijzigen");
        test($(TextArea.class).withLabel("Uw reactie wijzigen").single()).setValue("Tegen, bestelling 123456789.");
        click("Opslaan");

        assertThat(warningShown()).isFalse();
        assertThat(notifications()).contains("Uw reactie is gewijzigd.");
        assertThat(commentCounts()).isEqualTo("0 voor · 1 tegen · 1 reacties");
    }
}
