package nl.raadsplein.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringReader;
import java.util.Set;
import nl.raadsplein.account.CensusFixtures;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.account.Role;
import nl.raadsplein.consultation.ConsultationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssistedParticipationTest extends ProposalUiTestSupport {

    @Autowired
    ResidencyService residency;

    @Autowired
    ConsultationService consultations;

    private void identify(CensusFixtures.Facts facts, String channel) {
        test($(TextField.class).withLabel("Postcode").single()).setValue(facts.postcode());
        test($(TextField.class).withLabel("Huisnummer").single()).setValue(facts.houseNumber());
        $(DatePicker.class).withLabel("Geboortedatum").single().setValue(facts.dateOfBirth());
        test($(TextField.class).withLabel("Naam").single()).setValue("Mevrouw De Vries");
        test($(Select.class).withLabel("Hoe kwam het verzoek binnen?").single()).selectItem(channel);
        click("Inwoner opzoeken");
    }

    @Test
    void a_support_entered_by_the_griffie_counts_and_names_the_channel() {
        CensusFixtures.Facts facts = CensusFixtures.uniqueFacts();
        fixtures.asGriffier(() -> residency.importCensus(new StringReader(CensusFixtures.csv(facts))));
        long id = proposal();
        signInAs(Role.GRIFFIER);
        navigate(AssistedParticipationView.class);

        identify(facts, "Telefoon");
        assertThat(saysSomewhere("Inwoner gevonden: Mevrouw De Vries. Kanaal: Telefoon."))
                .isTrue();
        test($(TextField.class).withLabel("Of: voorstelnummer").single()).setValue(String.valueOf(id));
        click("Steun namens deze inwoner");

        String result = $(Div.class).withClassName("confirmation").all().stream()
                .map(d -> d.getElement().getTextRecursively())
                .filter(t -> t.contains("geregistreerd"))
                .findFirst()
                .orElseThrow();
        assertThat(result).contains("Mevrouw De Vries").contains("via telefoon").contains("1 van 50");
        assertThat(fixtures.supportCount(id)).isEqualTo(1);

        open(id);
        assertThat(supportCount()).isEqualTo("1 van 50 steunbetuigingen");
    }

    @Test
    void a_proposal_entered_by_the_griffie_is_marked_with_the_channel() {
        CensusFixtures.Facts facts = CensusFixtures.uniqueFacts();
        fixtures.asGriffier(() -> residency.importCensus(new StringReader(CensusFixtures.csv(facts))));
        long consultation = fixtures.consultation(nl.raadsplein.consultation.Phase.PROPOSALS);
        signInAs(Role.GRIFFIER);
        navigate(AssistedParticipationView.class);

        identify(facts, "Brief");
        @SuppressWarnings("unchecked")
        Select<Object> consultations = $(Select.class).withLabel("Raadpleging").single();
        consultations.setValue(consultations
                .getListDataView()
                .getItems()
                .filter(c -> ((nl.raadsplein.consultation.ConsultationSummary) c).id() == consultation)
                .findFirst()
                .orElseThrow());
        test($(TextField.class).withLabel("Titel").single()).setValue("Een bankje bij de bushalte");
        test($(TextArea.class).withLabel("Uw voorstel").single()).setValue("Ouderen moeten nu lang staan.");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<String> topics =
                $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                        .withLabel("Onderwerpen")
                        .single();
        topics.setValue(Set.of("personal-data"));
        click("Voorstel namens deze inwoner indienen");

        String result = $(Div.class).withClassName("confirmation").all().stream()
                .map(d -> d.getElement().getTextRecursively())
                .filter(t -> t.contains("ingediend namens"))
                .findFirst()
                .orElseThrow();
        assertThat(result)
                .contains("Een bankje bij de bushalte")
                .contains("Mevrouw De Vries")
                .contains("een brief");
        test($(com.vaadin.flow.router.RouterLink.class)
                        .withText("Voorstel bekijken")
                        .single())
                .click();

        assertThat(heading()).isEqualTo("Een bankje bij de bushalte");
        assertThat(saysSomewhere("Ingediend door de griffie via een brief")).isTrue();
        assertThat(saysSomewhere("Door Mevrouw De Vries")).isTrue();
    }

    @Test
    void the_rules_of_the_chosen_consultation_are_at_hand_before_the_proposal_is_written_down() {
        CensusFixtures.Facts facts = CensusFixtures.uniqueFacts();
        fixtures.asGriffier(() -> residency.importCensus(new StringReader(CensusFixtures.csv(facts))));
        long consultation = fixtures.consultation(nl.raadsplein.consultation.Phase.PROPOSALS);
        fixtures.asGriffier(() -> consultations.setConductRules(
                consultation,
                "Lees dit voor aan de inwoner.",
                consultations.consultation(consultation).version()));
        signInAs(Role.GRIFFIER);
        navigate(AssistedParticipationView.class);
        identify(facts, "Balie");
        assertThat($(Details.class).withClassName("conduct-rules").exists()).isFalse();

        @SuppressWarnings("unchecked")
        Select<Object> choice = $(Select.class).withLabel("Raadpleging").single();
        choice.setValue(choice.getListDataView()
                .getItems()
                .filter(c -> ((nl.raadsplein.consultation.ConsultationSummary) c).id() == consultation)
                .findFirst()
                .orElseThrow());

        Details rules = $(Details.class).withClassName("conduct-rules").single();
        assertThat(rules.getSummaryText()).isEqualTo("Spelregels");
        assertThat(rules.getElement().getTextRecursively()).contains("Lees dit voor aan de inwoner.");
    }
}
