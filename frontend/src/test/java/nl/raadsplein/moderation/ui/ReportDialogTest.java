package nl.raadsplein.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.Report;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.proposal.ui.ProposalView;
import org.junit.jupiter.api.Test;

class ReportDialogTest extends ModerationUiTestSupport {

    @Test
    void reporting_a_comment_says_what_happens_next_and_a_second_time_that_it_was_reported() {
        long id = proposal();
        long comment = comment(id, fixtures.account(), "Mijn buurman Jan de Vries is een oplichter.");
        signInAs(fixtures.account());
        navigate("voorstellen/" + id, ProposalView.class);

        ListItem item = $(ListItem.class).withClassName("comment").single();
        test($(Button.class, item).withText("Melden").single()).click();
        Dialog dialog = dialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Reactie melden");
        test($(RadioButtonGroup.class, dialog).withLabel("Waarom meldt u dit?").single())
                .selectItem("Noemt een privépersoon");
        test($(Button.class, dialog).withText("Melden").single()).click();

        assertThat(dialog.getHeaderTitle()).isEqualTo("Bedankt voor uw melding");
        assertThat(dialog.getElement().getTextRecursively())
                .contains("De griffie bekijkt de bijdrage")
                .contains("U krijgt bericht");
        assertThat(fixtures.asGriffier(() -> moderationQueue.item(ContentRef.comment(comment)))
                        .item()
                        .reasons())
                .containsExactly(ReportReason.NAMES_PRIVATE_PERSON);
        test($(Button.class, dialog).withText("Sluiten").single()).click();

        test($(Button.class, $(ListItem.class).withClassName("comment").single())
                        .withText("Melden")
                        .single())
                .click();
        assertThat($(Dialog.class).last().getElement().getTextRecursively()).contains("U hebt dit al gemeld");
    }

    @Test
    void what_a_griffiers_report_hides_shows_others_a_neutral_placeholder_until_the_decision() {
        long id = proposal();
        long comment = comment(id, fixtures.account(), "Mijn buurman Jan de Vries is een oplichter.");
        long other = proposal();
        String otherTitle = fixtures.asGriffier(() -> proposals.proposal(other)).title();
        fixtures.asGriffier(() -> {
            reporting.report(new Report(ContentRef.comment(comment), ReportReason.NAMES_PRIVATE_PERSON, null));
            reporting.report(new Report(ContentRef.proposal(other), ReportReason.SPAM, null));
            return null;
        });
        visitAnonymously();

        navigate("voorstellen/" + id, ProposalView.class);
        assertThat($(ListItem.class)
                        .withClassName("comment")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Deze reactie is gemeld en wordt beoordeeld door de griffie.")
                .doesNotContain("Jan de Vries");

        navigate("voorstellen/" + other, ProposalView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Voorstel in beoordeling");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(otherTitle);
    }

    @Test
    void other_needs_an_explanation() {
        long id = proposal();
        signInAs(fixtures.account());
        navigate("voorstellen/" + id, ProposalView.class);

        click("Dit voorstel melden");
        Dialog dialog = dialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Voorstel melden");
        test($(RadioButtonGroup.class, dialog).single()).selectItem("Anders, namelijk");
        test($(Button.class, dialog).withText("Melden").single()).click();
        TextArea text = $(TextArea.class, dialog).single();
        assertThat(text.getLabel()).isEqualTo("Toelichting (verplicht bij Anders)");
        assertThat(text.isInvalid()).isTrue();

        test(text).setValue("Dit is een kopie van een ander voorstel.");
        test($(Button.class, dialog).withText("Melden").single()).click();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bedankt voor uw melding");
    }

    @Test
    void nobody_reports_their_own_comment_and_visitors_see_no_report_button() {
        long id = proposal();
        AccountPrincipal author = fixtures.account();
        comment(id, author, "Een gewone reactie.");
        signInAs(author);
        navigate("voorstellen/" + id, ProposalView.class);
        assertThat($(Button.class, $(ListItem.class).withClassName("comment").single())
                        .withText("Melden")
                        .exists())
                .isFalse();

        visitAnonymously();
        navigate("voorstellen/" + id, ProposalView.class);
        assertThat($(Button.class).withText("Melden").exists()).isFalse();
        assertThat($(Button.class).withText("Dit voorstel melden").exists()).isFalse();
    }
}
