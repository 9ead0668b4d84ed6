package nl.raadsplein.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.proposal.ProposalQuery;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's consultations from the agenda's scenarios, with people taking part in them. */
@SpringBootTest(classes = BackendTestApplication.class, properties = "spring.mail.port=3026")
@ActiveProfiles("demo")
class ParticipationDemoDataTest {

    @Autowired
    ParticipationDemoData demoData;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ProposalService proposals;

    @Test
    void three_open_consultations_with_proposals_supports_and_comments_are_there_once() {
        demoData.run(null);

        List<ConsultationSummary> open =
                consultations.list(new ConsultationFilter(ConsultationFilter.Status.OPEN, null, null), 0, 50);
        assertThat(open)
                .extracting(ConsultationSummary::title)
                .containsOnlyOnce(
                        ParticipationDemoData.RATINGS, ParticipationDemoData.DATA_LEAKS, ParticipationDemoData.MASTS);
        long ratings = open.stream()
                .filter(c -> c.title().equals(ParticipationDemoData.RATINGS))
                .findFirst()
                .orElseThrow()
                .id();
        List<ProposalSummary> ratingProposals = proposals.find(ProposalQuery.of(ratings, 1L), 0, 20);
        assertThat(ratingProposals)
                .extracting(ProposalSummary::title)
                .containsExactlyInAnyOrder(
                        "Geen sterren meer voor privépersonen", "Een gedragscode voor lokale platforms");
        assertThat(ratingProposals)
                .filteredOn(p -> p.title().startsWith("Een gedragscode"))
                .singleElement()
                .satisfies(p -> assertThat(p.supportCount()).isEqualTo(3));
        assertThat(ratingProposals)
                .filteredOn(p -> p.title().startsWith("Geen sterren"))
                .singleElement()
                .satisfies(p -> assertThat(p.commentCount()).isEqualTo(2));
    }
}
