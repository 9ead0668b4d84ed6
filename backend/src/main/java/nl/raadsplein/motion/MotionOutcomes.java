package nl.raadsplein.motion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.proposal.internal.ProposalOutcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Outcomes that travel, in the transaction of the act: a first submission answers the cited proposals ("taken up in
 * motion M") and tells their authors, supporters and followers, and the residents who took part in a cited value
 * discussion; a vote tells them all, and those who follow the motion, the result. One notice per person per act, however many of the cited proposals
 * and discussions they took part in.
 */
@Component
class MotionOutcomes {

    private static final Locale DUTCH = Locale.of("nl");

    private final CitationRepository citations;
    private final ProposalOutcomes proposals;
    private final Notifier notifier;
    private final MessageSource messages;

    MotionOutcomes(
            CitationRepository citations, ProposalOutcomes proposals, Notifier notifier, MessageSource messages) {
        this.citations = citations;
        this.proposals = proposals;
        this.notifier = notifier;
        this.messages = messages;
    }

    void submitted(long motionId, String title, long actor) {
        // The official answer is the council's record, kept in the council's language like the motion itself.
        String answer = messages.getMessage("motion.answer.in-motion", new Object[] {motionId, title}, DUTCH);
        for (Citation citation : citations.citations(motionId)) {
            if (citation.kind() == CitationKind.PROPOSAL) {
                proposals.takenUpInMotion(citation.targetId(), answer);
            }
        }
        List<Long> followers = citations.proposalAudience(motionId, actor);
        tell(
                followers,
                motionId,
                new Notice("MOTION_SUBMITTED", "motion.notice.submitted", List.of(title), MotionRules.link(motionId)));
        List<Long> participants = new ArrayList<>(citations.discussionAudience(motionId));
        participants.removeAll(followers);
        participants.remove(actor);
        tell(
                participants,
                motionId,
                new Notice(
                        "MOTION_SUBMITTED",
                        "motion.notice.submitted-discussion",
                        List.of(title),
                        MotionRules.link(motionId)));
    }

    void voted(long motionId, String title, VoteResult result, long actor) {
        Set<Long> audience = new LinkedHashSet<>(citations.proposalAudience(motionId, actor));
        audience.addAll(citations.discussionAudience(motionId));
        // residents who chose to follow the motion hear the result too, once, with everyone it concerns
        notifier.notify(
                FollowTarget.MOTION,
                motionId,
                new Notice(
                        "MOTION_VOTED",
                        "motion.notice.voted." + result.name(),
                        List.of(title),
                        MotionRules.link(motionId)),
                audience,
                actor);
    }

    private void tell(List<Long> audience, long motionId, Notice notice) {
        if (!audience.isEmpty()) {
            notifier.notifyAccounts(audience, motionId, notice);
        }
    }
}
