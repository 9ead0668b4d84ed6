package nl.raadsplein.moderation;

/**
 * What can be reported and moderated: a proposal, a comment, or a public profile (an account's display name and
 * its "Over mij" text).
 */
public enum ContentType {
    PROPOSAL,
    COMMENT,
    PROFILE
}
