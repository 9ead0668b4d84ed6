package nl.raadsplein.proposal.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalSubmission;
import org.junit.jupiter.api.Test;

class SubmitProposalTest extends ProposalUiTestSupport {

    private static final String TITLE = "Toon welke persoonsgegevens de gemeente deelt";
    private static final String BODY = "Ik wil op één plek zien welke persoonsgegevens de gemeente met wie deelt.";

    private void openForm(long consultation) {
        navigate("raadplegingen/" + consultation + "/voorstel-indienen", SubmitProposalView.class);
    }

    private void type(String title, String body) {
        test($(TextField.class).withLabel("Titel").single()).setValue(title);
        test($(TextArea.class).withLabel("Uw voorstel").single()).setValue(body);
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> topics() {
        return $(MultiSelectComboBox.class).withLabel("Onderwerpen").single();
    }

    @Test
    void the_check_shows_a_similar_proposal_that_can_be_supported_in_place() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        String similarTitle = "Laat zien welke persoonsgegevens de gemeente deelt";
        long existing = as(
                fixtures.account(),
                () -> proposals.submit(new ProposalSubmission(
                        consultation,
                        new ProposalDraft(
                                similarTitle,
                                "Een overzicht van alle persoonsgegevens die de gemeente deelt, en met wie.",
                                List.of("personal-data"),
                                null,
                                null),
                        false)));
        signInAsResident();
        openForm(consultation);
        type(TITLE, BODY);

        click("Controleren");

        assertThat($(RouterLink.class).withText(similarTitle).single().getHref())
                .isEqualTo("voorstellen/" + existing);
        assertThat(button("Toch indienen").isVisible()).isTrue();
        click("Steun dit voorstel");
        assertThat($(SupportControl.class).single().countText()).isEqualTo("1 van 50 steunbetuigingen");
        assertThat(fixtures.supportCount(existing)).isEqualTo(1);
        assertThat(button("Steun intrekken").isEnabled()).isTrue();
        assertThat($(TextField.class).withLabel("Titel").single().getValue()).isEqualTo(TITLE);
    }

    @Test
    void a_missing_topic_is_shown_at_the_topics_and_the_text_is_kept() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAsResident();
        openForm(consultation);
        type(TITLE, BODY);

        click("Controleren");
        click("Indienen");

        assertThat(topics().isInvalid()).isTrue();
        assertThat(topics().getErrorMessage()).isEqualTo("Kies minstens één onderwerp.");
        assertThat($(TextField.class).withLabel("Titel").single().getValue()).isEqualTo(TITLE);
        assertThat($(TextArea.class).withLabel("Uw voorstel").single().getValue())
                .isEqualTo(BODY);
        assertThat(getCurrentView()).isInstanceOf(SubmitProposalView.class);
    }

    @Test
    void submitting_shows_the_new_proposal_with_a_confirmation() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        signInAsResident();
        openForm(consultation);
        type(TITLE, BODY);
        topics().setValue(Set.of("personal-data"));

        click("Controleren");
        click("Indienen");

        assertThat(getCurrentView()).isInstanceOf(ProposalView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(TITLE);
        assertThat(saysSomewhere("Uw voorstel is ingediend.")).isTrue();
        assertThat(supportCount()).isEqualTo("0 van 50 steunbetuigingen");
    }

    @Test
    void beyond_the_posting_limit_the_title_says_when_to_try_again_and_the_text_is_kept() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long elsewhere = fixtures.consultation(Phase.PROPOSALS, ProposalFixtures.settings(50, 10, 30, false, false));
        AccountPrincipal resident = signInAsResident();
        for (int i = 1; i <= 5; i++) {
            String title = "Eerder voorstel " + i;
            as(resident, () -> proposals.submit(ProposalFixtures.submission(elsewhere, title)));
        }
        int before = fixtures.proposalCount();
        openForm(consultation);
        type(TITLE, BODY);
        topics().setValue(Set.of("personal-data"));

        click("Controleren");
        click("Indienen");

        TextField title = $(TextField.class).withLabel("Titel").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage())
                .isEqualTo("U hebt in korte tijd veel voorstellen ingediend. Probeer het over 12 minuten opnieuw; uw"
                        + " tekst blijft staan.");
        assertThat(title.getValue()).isEqualTo(TITLE);
        assertThat($(TextArea.class).withLabel("Uw voorstel").single().getValue())
                .isEqualTo(BODY);
        assertThat(getCurrentView()).isInstanceOf(SubmitProposalView.class);
        assertThat(fixtures.proposalCount()).isEqualTo(before);
    }

    @Test
    void a_consultation_not_in_its_proposal_phase_says_so() {
        long consultation = fixtures.consultation(Phase.SUPPORTS);
        signInAsResident();
        openForm(consultation);

        assertThat(heading()).isEqualTo("Voorstel indienen");
        assertThat(saysSomewhere("kunt u nu geen voorstel indienen")).isTrue();
        assertThat($(TextField.class).withLabel("Titel").exists()).isFalse();
    }
}
