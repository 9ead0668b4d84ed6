package nl.raadsplein.moderation;

/**
 * What can be reported and moderated: a proposal, a comment, a public profile (an account's display name and its
 * "Over mij" text), or a statement in a value discussion.
 */
public enum ContentType {
    PROPOSAL,
    COMMENT,
    PROFILE,
    STATEMENT
}
