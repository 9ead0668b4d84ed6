package nl.raadsplein.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.CouncilTermService;
import nl.raadsplein.motion.MeetingService;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.motion.MeetingSummary;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionSummary;
import nl.raadsplein.motion.SubmitterStatus;
import nl.raadsplein.motion.VoteResult;
import nl.raadsplein.proposal.AnswerKind;
import nl.raadsplein.proposal.ProposalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's council: a term with seats, a held meeting with the J4 motion adopted, and a planned meeting. */
@SpringBootTest(classes = BackendTestApplication.class, properties = "spring.mail.port=3026")
@ActiveProfiles("demo")
class MotionDemoDataTest {

    @Autowired
    MotionDemoData demoData;

    @Autowired
    CouncilTermService terms;

    @Autowired
    MeetingService meetings;

    @Autowired
    MotionQueries motions;

    @Autowired
    ProposalService proposals;

    @Test
    void the_council_voted_on_the_j4_motion_and_the_next_meeting_is_planned_once() {
        demoData.run(null);
        TestAccounts.signInAnonymously();

        assertThat(terms.terms())
                .singleElement()
                .satisfies(term -> assertThat(term.totalSeats()).isEqualTo(29));
        List<MeetingSummary> all = meetings.meetings(0, 10);
        assertThat(all).extracting(MeetingSummary::status).containsExactly(MeetingStatus.PLANNED, MeetingStatus.HELD);
        MotionSummary summary = motions.motions(0, 10).stream()
                .filter(m -> m.title().equals(MotionDemoData.MOTION))
                .findFirst()
                .orElseThrow();
        MotionDetails motion = motions.motion(summary.id());
        assertThat(motion.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(motion.votes().getFirst().votesFor()).isEqualTo(19);
        assertThat(motion.submitters())
                .extracting(MotionDetails.Submitter::party, MotionDetails.Submitter::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IB", SubmitterStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("PIJ", SubmitterStatus.ACCEPTED));
        long cited = motion.citations().stream()
                .filter(c -> c.kind() == CitationKind.PROPOSAL)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(proposals.proposal(cited).answerKind()).isEqualTo(AnswerKind.IN_MOTION);
        TestAccounts.signOut();
    }
}
