package nl.raadsplein.proposal;

/** Published inside the transaction in which its author changed a comment (it may now wait for moderation). */
public record CommentEdited(long proposalId, long commentId) {}
