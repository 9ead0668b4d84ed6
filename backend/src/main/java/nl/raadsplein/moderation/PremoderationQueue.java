package nl.raadsplein.moderation;

import java.time.Clock;
import nl.raadsplein.account.ProfileTextChanged;
import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.proposal.CommentEdited;
import nl.raadsplein.proposal.CommentPosted;
import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalEdited;
import nl.raadsplein.proposal.ProposalSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts proposals, comments and profile texts that wait for moderation in the griffie's queue, in the transaction
 * that stored them (ADR 6: reactions go through events): new ones in a pre-moderated consultation, and new or
 * changed ones that their author posted despite the personal-data warning.
 */
@Component
class PremoderationQueue {

    private final ModerationRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PremoderationQueue(ModerationRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void submitted(ProposalSubmitted event) {
        enqueueIfAwaiting(ContentRef.proposal(event.proposalId()));
    }

    @EventListener
    void commented(CommentPosted event) {
        enqueueIfAwaiting(ContentRef.comment(event.commentId()));
    }

    @EventListener
    void edited(ProposalEdited event) {
        enqueueIfAwaiting(ContentRef.proposal(event.proposalId()));
    }

    @EventListener
    void commentEdited(CommentEdited event) {
        enqueueIfAwaiting(ContentRef.comment(event.commentId()));
    }

    @EventListener
    void profileTextChanged(ProfileTextChanged event) {
        if (event.state() == ProfileTextState.AWAITING_MODERATION) {
            enqueueIfAwaiting(ContentRef.profile(event.accountId()));
        }
    }

    private void enqueueIfAwaiting(ContentRef ref) {
        repository.target(ref).filter(t -> ProposalCommentState.AWAITING_MODERATION.equals(t.state())).ifPresent(target -> {
            long itemId = repository.ensureItem(ref, target.consultationId(), target.authorId(), clock.instant());
            repository.lockItem(itemId);
            repository.openItem(itemId, 0, clock.instant());
            events.publishEvent(new ModerationChanged(itemId, ref, null, null));
        });
    }
}
