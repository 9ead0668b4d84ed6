package nl.raadsplein.proposal;

/**
 * The author changes the text of a comment. {@code version} is the one the author saw; {@code personalDataConfirmed}
 * as in {@link CommentSubmission}.
 */
public record CommentEdit(long commentId, int version, String body, boolean personalDataConfirmed) {}
