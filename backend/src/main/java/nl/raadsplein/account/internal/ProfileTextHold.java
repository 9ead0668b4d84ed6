package nl.raadsplein.account.internal;

/**
 * Asked when an account's owner writes a profile text: whether the griffie holds this account's texts back, so
 * that the new one waits for moderation. The moderation feature answers (it keeps the reports and decisions), so
 * that clearing a hidden text and writing it again cannot skip the griffie. Answers inside the caller's
 * transaction.
 */
public interface ProfileTextHold {

    /**
     * True while reports hide the account's profile pending review, or while the last decision about its text
     * (hide, restore, approve) was to hide it and stands.
     */
    boolean heldBack(long accountId);
}
