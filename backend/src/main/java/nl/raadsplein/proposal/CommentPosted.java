package nl.raadsplein.proposal;

/** Published inside the transaction that stored a new comment. */
public record CommentPosted(long proposalId, long commentId, long authorId) {}
