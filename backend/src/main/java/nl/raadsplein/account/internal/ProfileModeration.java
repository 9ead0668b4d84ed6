package nl.raadsplein.account.internal;

/**
 * What the moderation feature does to an account and its public profile once it has decided (ADR 6): the
 * decision and its reasons are moderation's; the account feature only applies it. Not for views.
 */
public interface ProfileModeration {

    /**
     * Blocks the account: it can no longer post, comment, support or report. Blocking a blocked account changes
     * nothing. Returns whether it changed. Griffiers and administrators are refused: nobody blocks them.
     */
    boolean block(long accountId);

    /** Lifts a block; an account that is not blocked stays as it is. Returns whether it changed. */
    boolean unblock(long accountId);

    /** Replaces a public display name that breaks the rules (a redaction of a profile). */
    void replaceDisplayName(long accountId, String displayName);

    /** Hides a profile text (a decision, or the reports' hiding pending review), remembering its state. */
    void hideProfileText(long accountId);

    /** Puts a hidden profile text back in the state it had before. */
    void restoreProfileText(long accountId);

    /** Publishes a profile text that waited for moderation. */
    void approveProfileText(long accountId);

    /** Replaces a profile text with a redacted one, keeping its state. */
    void replaceProfileText(long accountId, String text);
}
