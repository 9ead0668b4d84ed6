package nl.raadsplein.motion;

import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.AnswerKind;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.ProposalState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MotionOutcomesTest extends MotionTestBase {

    @Autowired
    DiscussionFixtures discussions;

    @Test
    void citing_proposals_answers_them_and_tells_their_people_exactly_once_at_submission_and_at_the_vote() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long first = people.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, false, false), proposals);
        long second = people.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, false, false), proposals);
        long consultation = proposals.proposal(first).consultationId();
        long author = proposals.proposal(first).authorId();
        AccountPrincipal sandra = people.account();
        as(sandra, () -> supports.support(first));
        as(sandra, () -> supports.support(second));

        long id = as(
                francis,
                () -> motions.draft(motion(
                        "Neem de voorstellen over",
                        new Citation(CitationKind.PROPOSAL, first),
                        new Citation(CitationKind.PROPOSAL, second),
                        new Citation(CitationKind.CONSULTATION, consultation))));
        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_SUBMITTED"))
                .isZero();
        assertThat(proposals.proposal(first).answerKind()).isNull();

        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            lifecycle.holdOver(id);
            lifecycle.submit(id, council.itemId());
            return null;
        });

        TestAccounts.signInAnonymously();
        ProposalDetails answered = proposals.proposal(first);
        assertThat(answered.state()).isEqualTo(ProposalState.ANSWERED);
        assertThat(answered.answerKind()).isEqualTo(AnswerKind.IN_MOTION);
        assertThat(answered.answerText()).contains("motie " + id);
        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_SUBMITTED"))
                .isEqualTo(1);
        assertThat(fixtures.notifications(author, "MOTION_SUBMITTED")).isEqualTo(1);
        assertThat(fixtures.notifications(francis.accountId(), "MOTION_SUBMITTED"))
                .isZero();
        assertThat(queries.citing(CitationKind.PROPOSAL, first))
                .extracting(MotionSummary::id)
                .containsExactly(id);
        assertThat(queries.citing(CitationKind.CONSULTATION, consultation))
                .singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(MotionState.SUBMITTED));

        int mailsBefore = fixtures.mails(sandra.email());
        as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        id,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], VoteChoice.FOR, council.parties()[1], VoteChoice.AGAINST),
                        null)));

        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_VOTED")).isEqualTo(1);
        assertThat(fixtures.mails(sandra.email())).isEqualTo(mailsBefore + 1);
        assertThat(queries.citing(CitationKind.PROPOSAL, second))
                .singleElement()
                .satisfies(m -> assertThat(m.result()).isEqualTo(VoteResult.ADOPTED));

        // a correction that keeps the result is no news; one that changes it is
        as(
                council.griffier(),
                () -> votes.correct(new VoteRecording(
                        id,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], VoteChoice.FOR, council.parties()[1], VoteChoice.ABSENT),
                        "B was afwezig")));
        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_VOTED")).isEqualTo(1);
        as(
                council.griffier(),
                () -> votes.correct(new VoteRecording(
                        id,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], VoteChoice.AGAINST, council.parties()[1], VoteChoice.ABSENT),
                        "A stemde tegen")));
        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_VOTED")).isEqualTo(2);
    }

    @Test
    void a_motion_cites_the_report_of_a_published_value_discussion_and_its_participants_are_told_once_per_step() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long discussion = discussions.discussion(francis.accountId(), "Sterren voor buren?", Duration.ofDays(3));
        AccountPrincipal took = people.account();
        discussions.participant(discussion, took.accountId());
        discussions.participant(discussion, null);
        long draft = discussions.discussion(francis.accountId(), "Nog in concept?", Duration.ofDays(3));
        discussions.setState(draft, DiscussionState.DRAFT);

        assertThatThrownBy(() -> as(
                        francis,
                        () -> motions.draft(motion("Uit een concept", new Citation(CitationKind.DISCUSSION, draft)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.citation-unknown"));
        long id = as(
                francis,
                () -> motions.draft(
                        motion("Naar aanleiding van de discussie", new Citation(CitationKind.DISCUSSION, discussion))));
        assertThat(as(francis, () -> queries.motion(id)).citations())
                .containsExactly(new MotionDetails.Cited(CitationKind.DISCUSSION, discussion, "Sterren voor buren?"));
        assertThat(queries.citing(CitationKind.DISCUSSION, discussion)).isEmpty();

        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            return null;
        });
        TestAccounts.signInAnonymously();
        assertThat(queries.citing(CitationKind.DISCUSSION, discussion))
                .extracting(MotionSummary::id)
                .containsExactly(id);
        assertThat(fixtures.notifications(took.accountId(), "MOTION_SUBMITTED")).isEqualTo(1);
        assertThat(fixtures.notifications(francis.accountId(), "MOTION_SUBMITTED"))
                .isZero();

        as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        id,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], VoteChoice.AGAINST, council.parties()[1], VoteChoice.AGAINST),
                        null)));
        assertThat(fixtures.notifications(took.accountId(), "MOTION_VOTED")).isEqualTo(1);
        assertThat(fixtures.notifications(took.accountId(), "MOTION_SUBMITTED")).isEqualTo(1);
    }

    @Test
    void a_theme_page_lists_the_submitted_motions_about_it_and_no_drafts() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        String mark = "Thema " + System.nanoTime();
        long submitted = as(francis, () -> motions.draft(motion(mark + " ingediend")));
        long draft = as(francis, () -> motions.draft(motion(mark + " concept")));
        as(francis, () -> {
            lifecycle.submit(submitted, council.itemId());
            return null;
        });

        TestAccounts.signInAnonymously();
        assertThat(queries.forTheme("3A.2", 100))
                .extracting(MotionSummary::id)
                .contains(submitted)
                .doesNotContain(draft);
        assertThat(queries.forTheme("1A.1", 100)).extracting(MotionSummary::id).doesNotContain(submitted);
    }
}
