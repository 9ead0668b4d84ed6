package nl.raadsplein.motion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councillors write motions: the first submitter drafts and revises the text (a submitted one only by a new
 * version) and invites co-signers from any party, who accept or decline.
 */
@Service
@Transactional
@PreAuthorize("hasRole('COUNCILLOR')")
public class MotionService {

    private final MotionRepository motions;
    private final CitationRepository citations;
    private final MotionTexts texts;
    private final Notifier notifier;
    private final Clock clock;

    MotionService(
            MotionRepository motions, CitationRepository citations, MotionTexts texts, Notifier notifier, Clock clock) {
        this.motions = motions;
        this.citations = citations;
        this.texts = texts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** A new draft, which only its submitters see; the one drafting is its first submitter. */
    @PreAuthorize("hasRole('COUNCILLOR')")
    public long draft(@Nullable MotionDraft draft) {
        long me = Actor.currentAccountId();
        Optional<Long> party =
                motions.councillorParty(me).orElseThrow(() -> new AccessDeniedException("not a councillor"));
        Checked checked = check(draft, null);
        Instant now = clock.instant();
        long id = motions.insert(checked.type(), checked.amends(), checked.part(), me, now);
        motions.writeVersion(id, 1, checked.text(), me, now);
        citations.replaceCitations(id, checked.citations());
        motions.replaceThemes(id, checked.themes());
        motions.addSubmitter(id, me, party.orElse(null), SubmitterStatus.ACCEPTED, now);
        motions.event(id, "CREATED", MotionState.DRAFT, me, now, null);
        return id;
    }

    /**
     * Changes the text, citations and themes: a draft in place, a submitted or held-over motion by a new version,
     * the earlier ones staying readable. Only the first submitter.
     */
    @PreAuthorize("hasRole('COUNCILLOR')")
    public void edit(long motionId, @Nullable MotionDraft draft) {
        MotionRepository.Locked motion = firstSubmitters(motionId);
        if (!MotionRules.editable(motion.state())) {
            throw new InvalidInputException("title", "motion.error.not-editable");
        }
        Checked checked = check(draft, motionId);
        if (checked.type() != motion.type() && motion.state() != MotionState.DRAFT) {
            throw new InvalidInputException("type", "motion.error.type-fixed");
        }
        long me = Actor.currentAccountId();
        Instant now = clock.instant();
        boolean draftOnly = motion.state() == MotionState.DRAFT;
        int number = draftOnly ? motion.currentVersion() : motion.currentVersion() + 1;
        motions.updateAmendment(motionId, checked.type(), checked.amends(), checked.part());
        motions.writeVersion(motionId, number, checked.text(), me, now);
        citations.replaceCitations(motionId, checked.citations());
        motions.replaceThemes(motionId, checked.themes());
        motions.event(
                motionId, draftOnly ? "EDITED" : "REVISED", motion.state(), me, now, draftOnly ? null : "v" + number);
    }

    /** Invites a councillor of any party to co-sign; they are told, and see the draft. Only the first submitter. */
    @PreAuthorize("hasRole('COUNCILLOR')")
    public void invite(long motionId, long councillorId) {
        MotionRepository.Locked motion = firstSubmitters(motionId);
        if (!MotionRules.editable(motion.state())) {
            throw new InvalidInputException("councillor", "motion.error.not-editable");
        }
        Optional<Long> party = motions.councillorParty(councillorId)
                .orElseThrow(() -> new InvalidInputException("councillor", "motion.error.not-a-councillor"));
        if (motions.submitterStatus(motionId, councillorId).isPresent()) {
            throw new InvalidInputException("councillor", "motion.error.already-invited");
        }
        long me = Actor.currentAccountId();
        Instant now = clock.instant();
        motions.addSubmitter(motionId, councillorId, party.orElse(null), SubmitterStatus.INVITED, now);
        motions.event(motionId, "INVITED", motion.state(), me, now, null);
        String title =
                motions.text(motionId, motion.currentVersion()).orElseThrow().title();
        notifier.notifyAccounts(
                List.of(councillorId),
                motionId,
                new Notice("MOTION_INVITATION", "motion.notice.invited", List.of(title), MotionRules.link(motionId)));
    }

    /** The invited councillor signs or declines; they sign for the party they belong to now. */
    @PreAuthorize("hasRole('COUNCILLOR')")
    public void respond(long motionId, boolean accept) {
        long me = Actor.currentAccountId();
        MotionRepository.Locked motion =
                motions.lock(motionId).orElseThrow(() -> new NoSuchItemException("motion " + motionId));
        SubmitterStatus status = motions.submitterStatus(motionId, me).orElse(null);
        if (status == null && motion.state() == MotionState.DRAFT) {
            throw new NoSuchItemException("motion " + motionId);
        }
        if (status != SubmitterStatus.INVITED) {
            throw new InvalidInputException("invitation", "motion.error.no-invitation");
        }
        if (!MotionRules.editable(motion.state())) {
            throw new InvalidInputException("invitation", "motion.error.not-editable");
        }
        Optional<Long> party =
                motions.councillorParty(me).orElseThrow(() -> new AccessDeniedException("not a councillor"));
        Instant now = clock.instant();
        motions.answerInvitation(
                motionId, me, accept ? SubmitterStatus.ACCEPTED : SubmitterStatus.DECLINED, party.orElse(null), now);
        motions.event(motionId, accept ? "SIGNED" : "DECLINED", motion.state(), me, now, null);
    }

    /** The motion locked, refused to anyone but its first submitter (and as not found when it is a draft). */
    MotionRepository.Locked firstSubmitters(long motionId) {
        MotionRepository.Locked motion =
                motions.lock(motionId).orElseThrow(() -> new NoSuchItemException("motion " + motionId));
        if (!Actor.current().is(motion.firstSubmitter())) {
            if (motion.state() == MotionState.DRAFT
                    && motions.submitterStatus(motionId, Actor.currentAccountId())
                            .isEmpty()) {
                throw new NoSuchItemException("motion " + motionId);
            }
            throw new AccessDeniedException("only the first submitter");
        }
        return motion;
    }

    private record Checked(
            MotionType type,
            CheckedText text,
            @Nullable Long amends,
            @Nullable Integer part,
            List<Citation> citations,
            List<String> themes) {}

    private Checked check(@Nullable MotionDraft draft, @Nullable Long self) {
        if (draft == null || draft.type() == null) {
            throw new InvalidInputException("type", "error.required");
        }
        CheckedText text = texts.text(draft, draft.type());
        Long amends = null;
        Integer part = null;
        if (draft.type() == MotionType.AMENDMENT) {
            amends = draft.amendsMotionId();
            if (amends == null || amends.equals(self)) {
                throw new InvalidInputException("amendsMotionId", "motion.error.amended-unknown");
            }
            MotionRepository.Locked amended = motions.find(amends)
                    .filter(m -> m.state() == MotionState.SUBMITTED || m.state() == MotionState.HELD_OVER)
                    .orElseThrow(() -> new InvalidInputException("amendsMotionId", "motion.error.amended-unknown"));
            int parts = motions.text(amends, amended.currentVersion())
                    .orElseThrow()
                    .parts()
                    .size();
            part = draft.amendedPart();
            if (part == null || part < 1 || part > parts) {
                throw new InvalidInputException("amendedPart", "motion.error.amended-part", parts);
            }
        }
        return new Checked(
                draft.type(), text, amends, part, texts.citations(draft.citations()), texts.themes(draft.themeCodes()));
    }
}
