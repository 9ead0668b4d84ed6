package nl.raadsplein.moderation;

/** What deciding an appeal did, for the griffier who decided it. */
public enum AppealOutcome {
    /** The decision stands. */
    UPHELD,
    /** The decision was undone: the item is back as it was, a block lifted. */
    OVERTURNED,
    /**
     * The redaction was overturned, but its placeholder is no longer where it put it (the author changed the text
     * since), so the fragment was not put back: the text stays as it is now.
     */
    OVERTURNED_TEXT_NOT_RESTORED
}
