package nl.raadsplein.proposal;

import org.jspecify.annotations.Nullable;

/**
 * A comment on a proposal, or with {@code parentId} a reply to one of its comments. {@code personalDataConfirmed}:
 * the author saw the warning that the text looks like it holds personal data, and posts anyway.
 */
public record CommentSubmission(
        long proposalId, @Nullable Long parentId, CommentDraft draft, boolean personalDataConfirmed) {}
