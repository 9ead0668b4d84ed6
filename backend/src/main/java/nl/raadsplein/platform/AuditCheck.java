package nl.raadsplein.platform;

/**
 * The result of walking the audit chain: intact, or the first entry that was changed or removed.
 *
 * @param entries    how many entries were read
 * @param brokenAt   the sequence number of the first entry changed or missing; {@code null} when intact
 * @param breakKind  what is wrong there; {@code null} when intact
 */
public record AuditCheck(boolean intact, long entries, Long brokenAt, Break breakKind) {

    public enum Break {
        /** The entry's content no longer matches its hash. */
        CHANGED,
        /** The entry is missing: the next one has a later sequence number, or the chain ends early. */
        REMOVED,
        /** The entry points at a previous hash that is not the previous entry's: the one before was rewritten. */
        RELINKED
    }

    static AuditCheck intact(long entries) {
        return new AuditCheck(true, entries, null, null);
    }

    static AuditCheck broken(long entries, long seq, Break kind) {
        return new AuditCheck(false, entries, seq, kind);
    }

    /** One line for people and scripts. */
    public String describe() {
        return intact ? "Audit log intact: " + entries + " entries."
                : "Audit log BROKEN at entry " + brokenAt + " (" + breakKind + ") after " + entries + " entries read.";
    }
}
