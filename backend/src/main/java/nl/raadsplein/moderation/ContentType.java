package nl.raadsplein.moderation;

/** What can be reported and moderated: a proposal, a comment, or a public profile (an account's display name). */
public enum ContentType {
    PROPOSAL, COMMENT, PROFILE
}
