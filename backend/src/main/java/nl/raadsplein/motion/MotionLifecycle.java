package nl.raadsplein.motion;

import java.time.Clock;
import java.time.Instant;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first submitter moves a motion through the council: submits it to an agenda item of a planned meeting
 * (public from then on), holds it over (aanhouden) to submit it again later, or withdraws it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('COUNCILLOR')")
public class MotionLifecycle {

    private final MotionService drafting;
    private final MotionRepository motions;
    private final MeetingRepository meetings;
    private final MotionOutcomes outcomes;
    private final Clock clock;

    MotionLifecycle(
            MotionService drafting,
            MotionRepository motions,
            MeetingRepository meetings,
            MotionOutcomes outcomes,
            Clock clock) {
        this.drafting = drafting;
        this.motions = motions;
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /**
     * Puts the motion on an agenda item of a planned meeting. The first submission answers the cited proposals
     * and tells their people; submitting a held-over motion again does not tell them twice.
     */
    @PreAuthorize("hasRole('COUNCILLOR')")
    public void submit(long motionId, long itemId) {
        MotionRepository.Locked motion = drafting.firstSubmitters(motionId);
        if (!MotionRules.submittable(motion.state())) {
            throw new InvalidInputException("item", "motion.error.not-submittable");
        }
        MeetingRepository.ItemOwner owner = meetings.itemOwner(itemId)
                .orElseThrow(() -> new InvalidInputException("item", "motion.error.item-unknown"));
        if (owner.status() != MeetingStatus.PLANNED) {
            throw new InvalidInputException("item", "motion.error.meeting-not-planned");
        }
        long me = Actor.currentAccountId();
        Instant now = clock.instant();
        boolean first = !motions.hasEvent(motionId, "SUBMITTED");
        motions.setState(motionId, MotionState.SUBMITTED, itemId, now);
        motions.markSubmitted(motionId, now);
        motions.event(motionId, "SUBMITTED", MotionState.SUBMITTED, me, now, null);
        if (first) {
            String title = motions.text(motionId, motion.currentVersion())
                    .orElseThrow()
                    .title();
            outcomes.submitted(motionId, title, me);
        }
    }

    @PreAuthorize("hasRole('COUNCILLOR')")
    public void holdOver(long motionId) {
        MotionRepository.Locked motion = drafting.firstSubmitters(motionId);
        if (motion.state() != MotionState.SUBMITTED) {
            throw new InvalidInputException("state", "motion.error.not-submitted");
        }
        Instant now = clock.instant();
        motions.setState(motionId, MotionState.HELD_OVER, motion.itemId(), now);
        motions.event(motionId, "HELD_OVER", MotionState.HELD_OVER, Actor.currentAccountId(), now, null);
    }

    @PreAuthorize("hasRole('COUNCILLOR')")
    public void withdraw(long motionId) {
        MotionRepository.Locked motion = drafting.firstSubmitters(motionId);
        if (!MotionRules.withdrawable(motion.state())) {
            throw new InvalidInputException("state", "motion.error.not-withdrawable");
        }
        Instant now = clock.instant();
        motions.setState(motionId, MotionState.WITHDRAWN, motion.itemId(), now);
        motions.event(motionId, "WITHDRAWN", MotionState.WITHDRAWN, Actor.currentAccountId(), now, null);
    }
}
