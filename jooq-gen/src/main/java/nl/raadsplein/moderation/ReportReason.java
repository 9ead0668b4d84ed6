package nl.raadsplein.moderation;

/** Why someone reports an item; OTHER needs a text. */
public enum ReportReason {
    OFFENSIVE,
    NAMES_PRIVATE_PERSON,
    PERSONAL_DATA,
    DISCRIMINATION,
    SPAM,
    OFF_TOPIC,
    OTHER;

    /** Whether a report for this reason needs the reporter's explanation. */
    public boolean needsText() {
        return this == OTHER;
    }
}
