package nl.raadsplein.moderation;

import nl.raadsplein.proposal.ProposalState;
import org.jspecify.annotations.Nullable;

/**
 * The reported item as this feature needs it: the proposal it is or belongs to, the consultation, the author, its
 * state and the state of its proposal (for a comment). For a profile: the state and words of its text (both null
 * when it has none) and the display name. For a statement: its discussion.
 */
record Target(
        ContentRef ref,
        @Nullable Long proposalId,
        @Nullable Long consultationId,
        long authorId,
        @Nullable ContentState state,
        @Nullable ProposalState proposalState,
        @Nullable String text,
        @Nullable String displayName,
        @Nullable Long discussionId) {}
