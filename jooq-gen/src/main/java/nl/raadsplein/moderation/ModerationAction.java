package nl.raadsplein.moderation;

/** What a griffier does with an item. */
public enum ModerationAction {
    /** Takes the item out of view (it is kept, and can be restored). */
    HIDE,
    /** Puts a hidden item back as it was. */
    RESTORE,
    /** Closes the reports without changing the item (an item hidden by reports comes back). */
    DISMISS,
    /** Replaces a fragment of the text, keeping the rest. */
    REDACT,
    /** Publishes an item that waited for pre-moderation. */
    APPROVE,
    /** Blocks the author's account from posting, commenting, supporting and reporting. */
    BLOCK_AUTHOR,
    /** Lifts a block. */
    UNBLOCK;

    /** Whether the author may appeal against it. */
    public boolean appealable() {
        return this == HIDE || this == REDACT || this == BLOCK_AUTHOR;
    }
}
