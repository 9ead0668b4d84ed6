package nl.raadsplein.motion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The griffier records the council's vote on a submitted motion at the meeting it is on; the counts and the result
 * are computed from the seats. A correction is a new vote that names the one it corrects, with a reason.
 */
@Service
@Transactional
@PreAuthorize("hasRole('GRIFFIER')")
public class VoteService {

    public static final int REASON_LENGTH = 1000;

    private final MotionRepository motions;
    private final MeetingRepository meetings;
    private final TermRepository terms;
    private final VoteRepository votes;
    private final MotionOutcomes outcomes;
    private final AuditTrail audit;
    private final Clock clock;

    VoteService(
            MotionRepository motions,
            MeetingRepository meetings,
            TermRepository terms,
            VoteRepository votes,
            MotionOutcomes outcomes,
            AuditTrail audit,
            Clock clock) {
        this.motions = motions;
        this.meetings = meetings;
        this.terms = terms;
        this.votes = votes;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The first vote on a submitted motion; the meeting must not be cancelled. Returns the result. */
    @PreAuthorize("hasRole('GRIFFIER')")
    public VoteResult record(@Nullable VoteRecording recording) {
        VoteRecording checked = checked(recording);
        MotionRepository.Locked motion = lock(checked);
        if (motion.state() != MotionState.SUBMITTED || motion.itemId() == null) {
            throw new InvalidInputException("method", "motion.error.not-submitted");
        }
        MeetingRepository.ItemOwner owner = meetings.itemOwner(motion.itemId()).orElseThrow();
        if (owner.status() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException("method", "motion.error.meeting-cancelled");
        }
        VoteCount count = count(checked, owner.termId());
        return store(motion, owner.meetingId(), count, null, null, "VOTED");
    }

    /** Corrects the latest vote on a voted motion by a new one; the earlier stays visible. A reason is required. */
    @PreAuthorize("hasRole('GRIFFIER')")
    public VoteResult correct(@Nullable VoteRecording recording) {
        VoteRecording checked = checked(recording);
        MotionRepository.Locked motion = lock(checked);
        if (motion.state() != MotionState.VOTED) {
            throw new InvalidInputException("method", "motion.error.not-voted");
        }
        String reason = TextInput.multiLine("reason", checked.reason(), REASON_LENGTH);
        long corrected = votes.latest(motion.id()).orElseThrow();
        long meetingId = votes.meetingOfLatest(motion.id()).orElseThrow();
        long termId = meetings.meeting(meetingId).orElseThrow().termId();
        VoteCount count = count(checked, termId);
        VoteResult before = motions.result(motion.id());
        return store(
                motion,
                meetingId,
                count,
                corrected,
                reason,
                before == count.result() ? "VOTE_CORRECTED" : "RESULT_CORRECTED");
    }

    private static VoteRecording checked(@Nullable VoteRecording recording) {
        if (recording == null || recording.method() == null) {
            throw new InvalidInputException("method", "error.required");
        }
        return recording;
    }

    private MotionRepository.Locked lock(VoteRecording recording) {
        return motions.lock(recording.motionId())
                .filter(m -> m.state() != MotionState.DRAFT)
                .orElseThrow(() -> new NoSuchItemException("motion " + recording.motionId()));
    }

    private VoteCount count(VoteRecording recording, long termId) {
        Map<Long, VoteChoice> choices = recording.choices() == null ? Map.of() : recording.choices();
        if (choices.keySet().stream().anyMatch(java.util.Objects::isNull)
                || choices.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("choices", "error.required");
        }
        VoteMethod method = java.util.Objects.requireNonNull(recording.method());
        return switch (method) {
            case WITHOUT_VOTE -> VoteCount.of(VoteMethod.WITHOUT_VOTE, List.of());
            case PARTY -> VoteCount.perParty(terms.term(termId).orElseThrow(), choices);
            case ROLL_CALL -> rollCall(choices);
        };
    }

    /** One seat per member, each counted for the party they sit for. */
    private VoteCount rollCall(Map<Long, VoteChoice> choices) {
        if (choices.isEmpty()) {
            throw new InvalidInputException("choices", "motion.error.no-members");
        }
        Map<Long, Long> parties = votes.partiesOf(choices.keySet());
        List<VoteCount.Line> lines = new ArrayList<>();
        for (var choice : choices.entrySet()) {
            Long party = parties.get(choice.getKey());
            if (party == null || motions.councillorParty(choice.getKey()).isEmpty()) {
                throw new InvalidInputException("choices", "motion.error.not-a-councillor");
            }
            lines.add(new VoteCount.Line(party, choice.getKey(), 1, choice.getValue()));
        }
        lines.sort(java.util.Comparator.comparing(VoteCount.Line::partyId)
                .thenComparing(l -> l.accountId() == null ? 0L : l.accountId()));
        return VoteCount.of(VoteMethod.ROLL_CALL, lines);
    }

    private VoteResult store(
            MotionRepository.Locked motion,
            long meetingId,
            VoteCount count,
            @Nullable Long corrects,
            @Nullable String reason,
            String action) {
        long me = Actor.currentAccountId();
        Instant now = clock.instant();
        VoteResult before = motions.result(motion.id());
        long voteId = votes.insert(motion.id(), meetingId, count, corrects, reason, me, now);
        motions.setResult(motion.id(), count.result(), now);
        motions.event(
                motion.id(),
                action,
                MotionState.VOTED,
                me,
                now,
                count.result().name() + " " + count.votesFor() + "-" + count.votesAgainst());
        audit.record(me, "MOTION_" + action, "MOTION", motion.id(), reason, "vote=" + voteId + " " + count.result());
        if (before != count.result()) {
            String title = motions.text(motion.id(), motion.currentVersion())
                    .orElseThrow()
                    .title();
            outcomes.voted(motion.id(), title, count.result(), me);
        }
        return count.result();
    }
}
