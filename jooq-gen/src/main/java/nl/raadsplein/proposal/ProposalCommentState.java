package nl.raadsplein.proposal;

/**
 * Where a comment stands. REMOVED_BY_AUTHOR and HIDDEN keep their place in the thread (replies stay) without
 * their text; AWAITING_MODERATION is seen only by the griffie and the author.
 */
public enum ProposalCommentState {
    PUBLISHED,
    REMOVED_BY_AUTHOR,
    HIDDEN,
    AWAITING_MODERATION
}
