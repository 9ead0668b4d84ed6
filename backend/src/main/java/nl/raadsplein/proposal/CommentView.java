package nl.raadsplein.proposal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment in a thread. {@code body} is null when its author removed it (replies stay). {@code underReview}:
 * hidden by reports until a griffier decides, not by a decision. {@code may}: what the viewer may do with it.
 */
public record CommentView(
        long id,
        @Nullable Long parentId,
        int depth,
        long authorId,
        String authorPublicId,
        String authorName,
        @Nullable String organisationName,
        boolean organisationVerified,
        Alignment alignment,
        @Nullable String body,
        ProposalCommentState state,
        boolean underReview,
        boolean edited,
        boolean mine,
        CommentPermissions may,
        Instant createdAt,
        int version) {

    /** This comment with what the viewer may do with it, which the service decides. */
    CommentView with(CommentPermissions permissions) {
        return new CommentView(
                id,
                parentId,
                depth,
                authorId,
                authorPublicId,
                authorName,
                organisationName,
                organisationVerified,
                alignment,
                body,
                state,
                underReview,
                edited,
                mine,
                permissions,
                createdAt,
                version);
    }
}
