package nl.raadsplein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationDraft;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.PhaseDates;
import nl.raadsplein.proposal.ProposalFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends UiTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ConsultationService consultations;

    @Autowired
    Clock clock;

    @Test
    void resident_sees_an_open_consultation_first_with_its_deadline_and_what_she_can_do_there() {
        Instant now = clock.instant();
        // Submitting ends within the hour: the most urgent of all open consultations, whatever other tests left.
        PhaseDates dates = new PhaseDates(
                now.minus(Duration.ofDays(8)),
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofMinutes(50)),
                now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(28)));
        Consultation open =
                consultations.consultation(fixtures.asGriffier(() -> consultations.create(new ConsultationDraft(
                        "Slimme lantaarnpalen",
                        "Lantaarnpalen met sensoren: wat mogen ze meten?",
                        "Uitleg.",
                        dates,
                        ProposalFixtures.settings(50, 3, 30, false, false),
                        List.of("3A.2"),
                        List.of("sensors")))));

        navigate("", HomeView.class);

        Div card = cardOf(open.title());
        assertThat(card.getElement().getTextRecursively())
                .contains("Voorstellen indienen kan tot "
                        + Formats.dateTime(open.dates().supportsFrom(), DUTCH));
        RouterLink action =
                $(RouterLink.class, card).withText("Dien een voorstel in").single();
        assertThat(action.getHref()).isEqualTo("raadplegingen/" + open.id() + "/voorstel-indienen");
    }

    @Test
    void the_agenda_is_one_click_away() {
        navigate("", HomeView.class);

        assertThat(heading()).isEqualTo("Praat mee over de digitale gemeente");
        assertThat($(RouterLink.class)
                        .withText("Naar de digitale agenda")
                        .single()
                        .getHref())
                .isEqualTo("agenda");
    }

    private Div cardOf(String title) {
        return $(Div.class)
                .withClassName("card")
                .withCondition(card -> card.getElement().getTextRecursively().contains(title))
                .single();
    }
}
