package nl.raadsplein.motion;

import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class VoteTest extends MotionTestBase {

    private long submitted(MotionFixtures.Council council) {
        AccountPrincipal francis = council.councillors()[0];
        long id = as(francis, () -> motions.draft(motion("Stemmen tellen")));
        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            return null;
        });
        return id;
    }

    private VoteResult perParty(MotionFixtures.Council council, long motionId, VoteChoice... choices) {
        Map<Long, VoteChoice> map = new java.util.HashMap<>();
        for (int i = 0; i < choices.length; i++) {
            map.put(council.parties()[i], choices[i]);
        }
        return as(council.griffier(), () -> votes.record(new VoteRecording(motionId, VoteMethod.PARTY, map, null)));
    }

    @Test
    void a_party_vote_counts_each_partys_seats_and_the_majority_adopts() {
        MotionFixtures.Council council = fixtures.council(10, 9, 4);
        long id = submitted(council);

        assertThat(perParty(council, id, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.AGAINST))
                .isEqualTo(VoteResult.REJECTED);

        TestAccounts.signInAnonymously();
        MotionDetails voted = queries.motion(id);
        assertThat(voted.state()).isEqualTo(MotionState.VOTED);
        assertThat(voted.result()).isEqualTo(VoteResult.REJECTED);
        Vote vote = voted.votes().getFirst();
        assertThat(vote.votesFor()).isEqualTo(10);
        assertThat(vote.votesAgainst()).isEqualTo(13);
        assertThat(vote.lines()).extracting(Vote.Line::seats).containsExactly(10, 9, 4);
        assertThat(vote.meetingId()).isEqualTo(council.meetingId());
    }

    @Test
    void equal_seats_for_and_against_are_a_tie_which_does_not_adopt() {
        MotionFixtures.Council council = fixtures.council(10, 6, 4);
        long id = submitted(council);

        VoteResult result = perParty(council, id, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.AGAINST);

        assertThat(result).isEqualTo(VoteResult.TIED);
        assertThat(result.adopted()).isFalse();
        assertThat(queries.motion(id).votes().getFirst().votesFor()).isEqualTo(10);
    }

    @Test
    void absent_and_abstaining_parties_count_for_neither_side_and_every_party_with_seats_must_be_given() {
        MotionFixtures.Council council = fixtures.council(10, 9, 4);
        long id = submitted(council);

        assertThatThrownBy(() -> as(
                        council.griffier(),
                        () -> votes.record(new VoteRecording(
                                id, VoteMethod.PARTY, Map.of(council.parties()[0], VoteChoice.FOR), null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.party-choice-missing"));
        assertThat(queries.motion(id).state()).isEqualTo(MotionState.SUBMITTED);

        assertThat(perParty(council, id, VoteChoice.ABSENT, VoteChoice.AGAINST, VoteChoice.FOR))
                .isEqualTo(VoteResult.REJECTED);
        Vote vote = queries.motion(id).votes().getFirst();
        assertThat(vote.votesFor()).isEqualTo(4);
        assertThat(vote.votesAgainst()).isEqualTo(9);
    }

    @Test
    void a_hamerstuk_is_adopted_without_a_vote() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long id = submitted(council);

        VoteResult result =
                as(council.griffier(), () -> votes.record(new VoteRecording(id, VoteMethod.WITHOUT_VOTE, null, null)));

        assertThat(result).isEqualTo(VoteResult.ADOPTED);
        Vote vote = queries.motion(id).votes().getFirst();
        assertThat(vote.method()).isEqualTo(VoteMethod.WITHOUT_VOTE);
        assertThat(vote.lines()).isEmpty();
    }

    @Test
    void a_roll_call_counts_each_present_member_once_and_records_absences() {
        MotionFixtures.Council council = fixtures.council(2, 2);
        long id = submitted(council);
        AccountPrincipal a2 = fixtures.councillor(council.parties()[0]);
        AccountPrincipal b2 = fixtures.councillor(council.parties()[1]);

        VoteResult result = as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        id,
                        VoteMethod.ROLL_CALL,
                        Map.of(
                                council.councillors()[0].accountId(), VoteChoice.FOR,
                                a2.accountId(), VoteChoice.FOR,
                                council.councillors()[1].accountId(), VoteChoice.AGAINST,
                                b2.accountId(), VoteChoice.ABSENT),
                        null)));

        assertThat(result).isEqualTo(VoteResult.ADOPTED);
        Vote vote = queries.motion(id).votes().getFirst();
        assertThat(vote.votesFor()).isEqualTo(2);
        assertThat(vote.votesAgainst()).isEqualTo(1);
        assertThat(vote.lines())
                .filteredOn(l -> l.choice() == VoteChoice.ABSENT)
                .singleElement()
                .satisfies(l -> assertThat(l.member()).isEqualTo(b2.displayName()));

        AccountPrincipal resident = people.account();
        long other = submitted(council);
        assertThatThrownBy(() -> as(
                        council.griffier(),
                        () -> votes.record(new VoteRecording(
                                other, VoteMethod.ROLL_CALL, Map.of(resident.accountId(), VoteChoice.FOR), null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.not-a-councillor"));
    }

    @Test
    void a_correction_is_a_new_visible_record_and_needs_a_reason() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long id = submitted(council);
        perParty(council, id, VoteChoice.AGAINST, VoteChoice.FOR);

        assertThatThrownBy(() -> perParty(council, id, VoteChoice.FOR, VoteChoice.AGAINST))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.not-submitted"));
        assertThatThrownBy(() -> as(
                        council.griffier(),
                        () -> votes.correct(new VoteRecording(
                                id,
                                VoteMethod.PARTY,
                                Map.of(council.parties()[0], VoteChoice.FOR, council.parties()[1], VoteChoice.AGAINST),
                                " "))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));

        VoteResult corrected = as(
                council.griffier(),
                () -> votes.correct(new VoteRecording(
                        id,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], VoteChoice.FOR, council.parties()[1], VoteChoice.AGAINST),
                        "Stemmen van de fracties waren verwisseld")));

        assertThat(corrected).isEqualTo(VoteResult.ADOPTED);
        MotionDetails motion = queries.motion(id);
        assertThat(motion.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(motion.votes()).hasSize(2);
        assertThat(motion.votes().get(0).result()).isEqualTo(VoteResult.REJECTED);
        assertThat(motion.votes().get(1).correctsId())
                .isEqualTo(motion.votes().get(0).id());
        assertThat(motion.votes().get(1).reason()).isEqualTo("Stemmen van de fracties waren verwisseld");
        assertThat(motion.events()).extracting(MotionDetails.Event::action).endsWith("VOTED", "RESULT_CORRECTED");
    }

    @Test
    void a_vote_at_a_cancelled_meeting_is_refused() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long id = submitted(council);
        as(council.griffier(), () -> {
            meetings.setStatus(
                    council.meetingId(),
                    MeetingStatus.CANCELLED,
                    meetings.meeting(council.meetingId()).version());
            return null;
        });

        assertThatThrownBy(() -> perParty(council, id, VoteChoice.FOR, VoteChoice.FOR))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.meeting-cancelled"));
    }
}
