package nl.raadsplein.motion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of adopted motions (the griffie's motion monitor): the griffie records what the executive promised,
 * who carries it out and by when, then status updates until it is done; everyone reads them, and residents who
 * follow the motion are told of each. Overdue is computed against today in the municipality.
 */
@Service
@Transactional
@PreAuthorize("hasRole('GRIFFIER')")
public class FollowUpService {

    public static final int PROMISE_LENGTH = 1000;
    public static final int OWNER_LENGTH = 150;
    public static final int NOTE_LENGTH = 2000;
    /** A due date further away than this is a typing error, not a promise. */
    static final int MAX_YEARS_AHEAD = 20;

    private final FollowUpRepository followUps;
    private final MotionRepository motions;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository followUps, MotionRepository motions, Notifier notifier, AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.motions = motions;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a promise on a motion the council adopted; it starts open. Returns its id. */
    @PreAuthorize("hasRole('GRIFFIER')")
    public long promise(long motionId, @Nullable FollowUpDraft draft) {
        FollowUpDraft given = draft == null ? new FollowUpDraft(null, null, null) : draft;
        MotionRepository.Locked motion = motions.lock(motionId)
                .filter(m -> m.state() != MotionState.DRAFT)
                .orElseThrow(() -> new NoSuchItemException("motion " + motionId));
        if (motion.state() != MotionState.VOTED || motions.result(motionId) != VoteResult.ADOPTED) {
            throw new InvalidInputException("promise", "motion.error.follow-up-not-adopted");
        }
        String promise = TextInput.multiLine("promise", given.promise(), PROMISE_LENGTH);
        String owner = TextInput.line("owner", given.owner(), OWNER_LENGTH);
        LocalDate dueOn = dueOn(given.dueOn());
        long me = Actor.currentAccountId();
        Instant now = clock.instant();
        long id = followUps.insert(motionId, promise, owner, dueOn, me, now);
        audit.record(me, "MOTION_FOLLOW_UP_PROMISED", "MOTION", motionId, null, "followUp=" + id + " due=" + dueOn);
        tell(motion, "motion.notice.follow-up-promised", me);
        return id;
    }

    /**
     * Records a status update with a note, and the due date from now on. Refused when someone else updated the
     * follow-up since the griffier loaded it: their update would otherwise be silently overtaken.
     */
    @PreAuthorize("hasRole('GRIFFIER')")
    public void update(@Nullable FollowUpChange change) {
        if (change == null) {
            throw new InvalidInputException("note", "error.required");
        }
        FollowUpRepository.Locked followUp = followUps
                .lock(change.followUpId())
                .orElseThrow(() -> new NoSuchItemException("follow-up " + change.followUpId()));
        if (followUp.version() != change.version()) {
            throw new InvalidInputException("note", "motion.error.follow-up-changed");
        }
        if (change.status() == null) {
            throw new InvalidInputException("status", "error.required");
        }
        FollowUpStatus status = change.status();
        LocalDate dueOn = dueOn(change.dueOn());
        String note = TextInput.multiLine("note", change.note(), NOTE_LENGTH);
        LocalDate doneOn =
                status != FollowUpStatus.DONE ? null : Objects.requireNonNullElse(followUp.doneOn(), today());
        long me = Actor.currentAccountId();
        followUps.update(followUp.id(), status, dueOn, doneOn, note, me, clock.instant());
        audit.record(
                me,
                "MOTION_FOLLOW_UP_UPDATED",
                "MOTION",
                followUp.motionId(),
                null,
                "followUp=" + followUp.id() + " status=" + status + " due=" + dueOn);
        MotionRepository.Locked motion = motions.find(followUp.motionId()).orElseThrow();
        tell(motion, "motion.notice.follow-up-updated." + status.name(), me);
    }

    /** The follow-ups of a motion with their updates; only a motion the council adopted has any. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FollowUp> forMotion(long motionId) {
        return followUps.forMotion(motionId, today());
    }

    /** The monitor of all promises, the soonest due first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FollowUpSummary> list(FollowUpFilter filter, int offset, int limit) {
        Paging.check(offset, limit);
        return followUps.list(filter, today(), offset, limit);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int count(FollowUpFilter filter) {
        return followUps.count(filter, today());
    }

    private LocalDate dueOn(@Nullable LocalDate dueOn) {
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "error.required");
        }
        LocalDate today = today();
        if (dueOn.isAfter(today.plusYears(MAX_YEARS_AHEAD)) || dueOn.isBefore(today.minusYears(MAX_YEARS_AHEAD))) {
            throw new InvalidInputException("dueOn", "motion.error.follow-up-due-range", MAX_YEARS_AHEAD);
        }
        return dueOn;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MeetingService.MUNICIPALITY);
    }

    private void tell(MotionRepository.Locked motion, String titleKey, long actor) {
        String title =
                motions.text(motion.id(), motion.currentVersion()).orElseThrow().title();
        notifier.notify(
                FollowTarget.MOTION,
                motion.id(),
                new Notice("MOTION_FOLLOW_UP", titleKey, List.of(title), MotionRules.link(motion.id())),
                List.of(),
                actor);
    }
}
