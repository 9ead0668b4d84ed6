package nl.raadsplein.proposal;

/** Published inside the transaction in which the griffie approved a comment that was never public before. */
public record CommentApproved(long proposalId, long commentId, long authorId) {}
