package nl.raadsplein.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.raadsplein.account.Role;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.consultation.ui.ConsultationEditorView;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.proposal.ui.ProposalView;
import nl.raadsplein.proposal.ui.SubmitProposalView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConductRulesUiTest extends ModerationUiTestSupport {

    private static final String FIELD = "Eigen spelregels van deze raadpleging";
    private static final String HOSTILE = "Wees aardig.\nNoem geen buren.\n\n<script>alert(1)</script> en <b>vet</b>";

    @Autowired
    ConsultationService consultations;

    private long consultationOf(long proposalId) {
        return proposals.proposal(proposalId).consultationId();
    }

    private void setRules(long consultation, String text) {
        fixtures.asGriffier(() -> consultations.setConductRules(
                consultation, text, consultations.consultation(consultation).version()));
    }

    private ConsultationEditorView edit(long consultation) {
        return navigate("beheer/raadplegingen/bewerken/" + consultation, ConsultationEditorView.class);
    }

    @Test
    void the_griffier_writes_the_rules_and_their_page_shows_them_as_typed_never_as_markup() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAs(Role.GRIFFIER);
        edit(consultation);
        TextArea rules = $(TextArea.class).withLabel(FIELD).single();
        assertThat(rules.getValue()).isEmpty();
        assertThat(rules.getHelperText()).contains("Hoogstens 5.000 tekens");
        Details general = $(Details.class).withClassName("conduct-rules").single();
        assertThat(general.getSummaryText()).isEqualTo("De algemene spelregels van Raadsplein bekijken");
        assertThat(general.isOpened()).isFalse();
        assertThat(general.getElement().getTextRecursively()).contains("Wees beleefd, ook als u het oneens bent.");

        test(rules).setValue(HOSTILE);
        click("Spelregels opslaan");
        assertThat(notifications()).contains("De spelregels zijn opgeslagen.");
        assertThat(consultations.consultation(consultation).conductRules()).isEqualTo(HOSTILE);

        // The rules' own save moved the version on; the consultation's save still goes through.
        click("Opslaan");
        assertThat(notifications()).contains("De raadpleging is opgeslagen.");
        assertThat(getCurrentView()).isInstanceOf(ConsultationView.class);

        test($(RouterLink.class).withText("Spelregels voor wie meedoet").single())
                .click();
        assertThat(getCurrentView()).isInstanceOf(ConductRulesView.class);
        assertThat(heading()).isEqualTo("Spelregels");
        String title = consultations.consultation(consultation).title();
        assertThat(paragraphs())
                .contains(
                        "Wees aardig.\nNoem geen buren.",
                        "<script>alert(1)</script> en <b>vet</b>",
                        "Wat wij vragen van iedereen die meedoet aan de raadpleging „" + title
                                + "”: bij voorstellen, reacties en meldingen.");
        assertThat(saysSomewhere("algemene spelregels")).isFalse();
        assertThat($(RouterLink.class).withText("Raadpleging: " + title).exists())
                .isTrue();
    }

    @Test
    void rules_that_are_too_long_are_refused_next_to_the_field_and_nothing_is_saved() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAs(Role.GRIFFIER);
        edit(consultation);
        TextArea rules = $(TextArea.class).withLabel(FIELD).single();
        test(rules).setValue("x".repeat(ConsultationService.CONDUCT_RULES_LENGTH + 1));
        click("Spelregels opslaan");

        assertThat(rules.isInvalid()).isTrue();
        assertThat(rules.getErrorMessage()).isEqualTo("Dit is te lang: maximaal 5.000 tekens.");
        assertThat(rules.getValue()).hasSize(ConsultationService.CONDUCT_RULES_LENGTH + 1);
        assertThat(consultations.consultation(consultation).conductRules()).isNull();
    }

    @Test
    void rules_someone_else_changed_in_the_meantime_are_not_overwritten() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAs(Role.GRIFFIER);
        edit(consultation);
        setRules(consultation, "Van een andere griffier.");
        TextArea rules = $(TextArea.class).withLabel(FIELD).single();
        test(rules).setValue("Van mij.");
        click("Spelregels opslaan");

        assertThat(rules.isInvalid()).isTrue();
        assertThat(rules.getErrorMessage()).startsWith("Iemand anders heeft dit net gewijzigd.");
        assertThat(consultations.consultation(consultation).conductRules()).isEqualTo("Van een andere griffier.");
    }

    @Test
    void empty_rules_go_back_to_the_platforms_which_the_page_says() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        setRules(consultation, "Eigen regels.");
        signInAs(Role.ADMIN);
        edit(consultation);
        test($(TextArea.class).withLabel(FIELD).single()).setValue("");
        click("Spelregels opslaan");
        assertThat(notifications()).contains("De raadpleging volgt nu de algemene spelregels van Raadsplein.");

        visitAnonymously();
        navigate("raadplegingen/" + consultation + "/spelregels", ConductRulesView.class);
        assertThat(paragraphs())
                .contains(
                        "Deze raadpleging heeft geen eigen spelregels. Daarom gelden de algemene spelregels van Raadsplein.")
                .anyMatch(p -> p.startsWith("Raadsplein is er om samen over de gemeente te praten."));
    }

    @Test
    void the_rules_of_a_consultation_that_does_not_exist_are_a_page_not_found() {
        visitAnonymously();
        for (String id : List.of(String.valueOf(Long.MAX_VALUE), "abc", "0")) {
            navigate("raadplegingen/" + id + "/spelregels", Component.class);
            assertThat(heading()).as(id).isEqualTo("Pagina niet gevonden");
        }
    }

    @Test
    void the_proposal_form_the_comment_form_and_the_report_dialog_show_the_rules_folded_away() {
        long proposal = proposal();
        long consultation = consultationOf(proposal);
        setRules(consultation, "Alleen over camera’s.\nGeen namen.");
        signInAs(fixtures.account());

        navigate("voorstellen/" + proposal, ProposalView.class);
        Div form = $(Div.class).withClassName("comment-form").single();
        Details inForm = $(Details.class, form).single();
        assertRules(inForm, consultation);

        click("Dit voorstel melden");
        Dialog dialog = dialog();
        assertRules($(Details.class, dialog).single(), consultation);
        // Following the link leaves the dialog behind.
        test($(RouterLink.class, dialog)
                        .withText("De spelregels op een eigen pagina")
                        .single())
                .click();
        assertThat(getCurrentView()).isInstanceOf(ConductRulesView.class);
        assertThat($(Dialog.class).exists()).isFalse();

        navigate("raadplegingen/" + consultation + "/voorstel-indienen", SubmitProposalView.class);
        assertRules($(Details.class).withClassName("conduct-rules").single(), consultation);
    }

    private void assertRules(Details rules, long consultation) {
        assertThat(rules.getSummaryText()).isEqualTo("Spelregels");
        assertThat(rules.isOpened()).isFalse();
        assertThat(rules.getElement().getTextRecursively()).contains("Alleen over camera’s.\nGeen namen.");
        assertThat($(RouterLink.class, rules)
                        .withText("De spelregels op een eigen pagina")
                        .single()
                        .getHref())
                .isEqualTo("raadplegingen/" + consultation + "/spelregels");
    }

    @Test
    void a_reply_form_shows_the_same_rules() {
        long proposal = proposal();
        comment(proposal, fixtures.account(), "Een reactie om op te antwoorden.");
        signInAs(fixtures.account());
        navigate("voorstellen/" + proposal, ProposalView.class);
        click("Reageren");
        List<Details> forms = $(Div.class).withClassName("comment-form").all().stream()
                .map(form -> $(Details.class, form).single())
                .toList();
        assertThat(forms).hasSize(2).allSatisfy(rules -> {
            assertThat(rules.getSummaryText()).isEqualTo("Spelregels");
            assertThat(rules.getElement().getTextRecursively()).contains("Dit zijn de algemene spelregels");
        });
    }

    @Test
    void the_griffier_sets_how_many_reports_hide_a_contribution_but_not_below_the_floor() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAs(Role.GRIFFIER);
        edit(consultation);
        IntegerField reports = $(IntegerField.class)
                .withLabel("Meldingen die een bijdrage verbergen tot de griffie beslist")
                .single();
        IntegerField age = $(IntegerField.class)
                .withLabel("Minimale leeftijd van het account van wie meldt (dagen)")
                .single();
        assertThat(reports.getValue()).isEqualTo(5);
        assertThat(age.getValue()).isEqualTo(7);

        // Typed past the field's minimum, as a browser lets one do: the service refuses it all the same.
        reports.setValue(2);
        click("Opslaan");
        assertThat(reports.isInvalid()).isTrue();
        assertThat(reports.getErrorMessage()).isEqualTo("Kies een getal van 3 tot en met 1.000.");
        assertThat(consultations.consultation(consultation).settings().reportsToHide())
                .isEqualTo(5);

        test(reports).setValue(3);
        test(age).setValue(1);
        click("Opslaan");
        assertThat(notifications()).contains("De raadpleging is opgeslagen.");
        assertThat(consultations.consultation(consultation).settings().reportsToHide())
                .isEqualTo(3);
        assertThat(consultations.consultation(consultation).settings().reporterMinimumAgeDays())
                .isEqualTo(1);
    }
}
