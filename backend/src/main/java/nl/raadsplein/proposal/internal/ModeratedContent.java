package nl.raadsplein.proposal.internal;

import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalState;
import org.jspecify.annotations.Nullable;

/**
 * A proposal or comment after a moderation change, with what the moderation feature needs to tell and record:
 * the proposal it belongs to, its author and the state before and after.
 *
 * @param <S> {@link ProposalState} for a proposal, {@link ProposalCommentState} for a comment
 * @param commentId {@code null} for a proposal
 */
public record ModeratedContent<S extends Enum<S>>(
        long proposalId,
        @Nullable Long commentId,
        long consultationId,
        long authorId,
        String proposalTitle,
        S stateBefore,
        S stateAfter) {}
