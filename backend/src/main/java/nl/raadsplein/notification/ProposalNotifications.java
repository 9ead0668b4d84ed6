package nl.raadsplein.notification;

import java.util.List;
import java.util.Set;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.proposal.CommentApproved;
import nl.raadsplein.proposal.CommentPosted;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalAnswered;
import nl.raadsplein.proposal.ProposalApproved;
import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalReachedThreshold;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalState;
import nl.raadsplein.proposal.ProposalSubmitted;
import nl.raadsplein.proposal.SupportChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who follows what and who hears what when residents take part. Runs in the transaction of the act itself,
 * so a support that is rolled back leaves no follower and tells nobody.
 */
@Component
class ProposalNotifications {

    static final String COMMENTED = "PROPOSAL_COMMENTED";

    private final Notifier notifications;
    private final ProposalService proposals;
    private final CommentService comments;
    private final ConsultationService consultations;

    ProposalNotifications(
            Notifier notifications,
            ProposalService proposals,
            CommentService comments,
            ConsultationService consultations) {
        this.notifications = notifications;
        this.proposals = proposals;
        this.comments = comments;
        this.consultations = consultations;
    }

    @EventListener
    void submitted(ProposalSubmitted event) {
        notifications.followOnBehalf(event.authorId(), FollowTarget.PROPOSAL, event.proposalId());
        if (proposals.proposal(event.proposalId()).state() == ProposalState.AWAITING_MODERATION) {
            return; // not news for others while it waits for the griffie; it is once approved
        }
        announceProposal(event.proposalId(), event.consultationId(), event.authorId(), event.title());
    }

    @EventListener
    void approved(ProposalApproved event) {
        announceProposal(event.proposalId(), event.consultationId(), event.authorId(), event.title());
    }

    private void announceProposal(long proposalId, long consultationId, long authorId, String title) {
        notifications.notify(
                FollowTarget.CONSULTATION,
                consultationId,
                new Notice(
                        "CONSULTATION_PROPOSAL",
                        "notification.title.consultation-proposal",
                        List.of(consultations.consultation(consultationId).title(), title),
                        link(proposalId)),
                Set.of(),
                authorId);
    }

    @EventListener
    void supportChanged(SupportChanged event) {
        if (event.supported()) {
            notifications.followOnBehalf(event.accountId(), FollowTarget.PROPOSAL, event.proposalId());
        }
    }

    @EventListener
    void thresholdReached(ProposalReachedThreshold event) {
        notifications.notify(
                FollowTarget.PROPOSAL,
                event.proposalId(),
                new Notice(
                        "PROPOSAL_THRESHOLD",
                        "notification.title.proposal-threshold",
                        List.of(event.title()),
                        link(event.proposalId())),
                Set.of(event.authorId()),
                null);
    }

    @EventListener
    void commented(CommentPosted event) {
        notifications.followOnBehalf(event.authorId(), FollowTarget.PROPOSAL, event.proposalId());
        boolean published = comments.comments(event.proposalId()).stream()
                .anyMatch(c -> c.id() == event.commentId() && c.state() == ProposalCommentState.PUBLISHED);
        if (!published) {
            return; // not news for others while it waits for the griffie; it is once approved
        }
        announceComment(event.proposalId(), event.authorId());
    }

    @EventListener
    void commentApproved(CommentApproved event) {
        announceComment(event.proposalId(), event.authorId());
    }

    private void announceComment(long proposalId, long authorId) {
        notifications.notify(
                FollowTarget.PROPOSAL,
                proposalId,
                new Notice(
                        COMMENTED,
                        "notification.title.proposal-commented",
                        List.of(proposals.proposal(proposalId).title()),
                        link(proposalId)),
                Set.of(),
                authorId);
    }

    @EventListener
    void answered(ProposalAnswered event) {
        notifications.notify(
                FollowTarget.PROPOSAL,
                event.proposalId(),
                new Notice(
                        "PROPOSAL_ANSWERED",
                        "notification.title.proposal-answered",
                        List.of(event.title()),
                        link(event.proposalId())),
                Set.of(event.authorId()),
                null);
    }

    private static String link(long proposalId) {
        return "/voorstellen/" + proposalId;
    }
}
