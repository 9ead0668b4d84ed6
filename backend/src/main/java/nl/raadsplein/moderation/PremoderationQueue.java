package nl.raadsplein.moderation;

import java.time.Clock;
import nl.raadsplein.account.ProfileTextChanged;
import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.deliberation.StatementSubmitted;
import nl.raadsplein.proposal.CommentEdited;
import nl.raadsplein.proposal.CommentPosted;
import nl.raadsplein.proposal.ProposalEdited;
import nl.raadsplein.proposal.ProposalSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts proposals, comments, profile texts and statements that wait for moderation in the griffie's queue, in the transaction
 * that stored them (ADR 6: reactions go through events): new ones in a pre-moderated consultation, and new or
 * changed ones that their author posted despite the personal-data warning.
 */
@Component
class PremoderationQueue {

    private final ContentRepository contents;
    private final ItemRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PremoderationQueue(
            ContentRepository contents, ItemRepository items, ApplicationEventPublisher events, Clock clock) {
        this.contents = contents;
        this.items = items;
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
    void statementSubmitted(StatementSubmitted event) {
        enqueueIfAwaiting(ContentRef.statement(event.statementId()));
    }

    @EventListener
    void profileTextChanged(ProfileTextChanged event) {
        if (event.state() == ProfileTextState.AWAITING_MODERATION) {
            enqueueIfAwaiting(ContentRef.profile(event.accountId()));
        }
    }

    private void enqueueIfAwaiting(ContentRef ref) {
        contents.target(ref)
                .filter(t -> t.state() == ContentState.AWAITING_MODERATION)
                .ifPresent(target -> {
                    long itemId = items.ensureItem(ref, target.consultationId(), target.authorId(), clock.instant());
                    items.lockItem(itemId);
                    items.openItem(itemId, 0, clock.instant());
                    events.publishEvent(new ModerationChanged(itemId, ref, null, null));
                });
    }
}
