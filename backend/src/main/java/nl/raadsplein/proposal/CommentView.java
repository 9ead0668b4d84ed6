package nl.raadsplein.proposal;

import java.time.Instant;

/**
 * A comment in a thread. {@code body} is null when its author removed it (replies stay). {@code underReview}:
 * hidden by reports until a griffier decides, not by a decision.
 */
public record CommentView(
        long id,
        Long parentId,
        int depth,
        long authorId,
        String authorName,
        String organisationName,
        boolean organisationVerified,
        Alignment alignment,
        String body,
        ProposalCommentState state,
        boolean underReview,
        boolean edited,
        boolean mine,
        Instant createdAt,
        int version) {
}
