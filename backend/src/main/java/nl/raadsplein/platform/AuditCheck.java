package nl.raadsplein.platform;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain: intact, or the first entry that was changed or removed.
 *
 * @param entries    how many entries were read
 * @param brokenAt   the sequence number of the first entry changed or missing; {@code null} when intact
 * @param breakKind  what is wrong there; {@code null} when intact
 * @param found      the entry as the walk read it where it found the break: the changed entry itself, or for a
 *                   removed one the entry that follows the gap; {@code null} when intact or when the chain ends
 *                   early
 * @param last       the last entry's sequence number and hash when intact and not empty, to note outside the
 *                   database for a later check; {@code null} otherwise
 */
public record AuditCheck(
        boolean intact,
        long entries,
        @Nullable Long brokenAt,
        @Nullable Break breakKind,
        @Nullable AuditEntry found,
        @Nullable AuditAnchor last) {

    public enum Break {
        /** The entry's content no longer matches its hash. */
        CHANGED,
        /** The entry is missing: the next one has a later sequence number, or the chain ends early. */
        REMOVED,
        /** The entry points at a previous hash that is not the previous entry's: the one before was rewritten. */
        RELINKED,
        /** The entry's hash is not the one noted earlier: the chain was rewritten and rehashed up to here. */
        DIVERGED
    }

    static AuditCheck intact(long entries, @Nullable AuditAnchor last) {
        return new AuditCheck(true, entries, null, null, null, last);
    }

    static AuditCheck broken(long entries, long seq, Break kind, @Nullable AuditEntry found) {
        return new AuditCheck(false, entries, seq, kind, found, null);
    }

    /** One line for people and scripts; an intact chain's line ends with the anchor to keep for the next check. */
    public String describe() {
        if (!intact) {
            String where = found == null
                    ? ""
                    : " (" + (Objects.equals(found.seq(), brokenAt) ? "" : "next entry " + found.seq() + ", ")
                            + "recorded " + found.recordedAt() + ", action " + found.action() + ")";
            return "Audit log BROKEN at entry " + brokenAt + " (" + breakKind + ")" + where + " after " + entries
                    + " entries read.";
        }
        return "Audit log intact: " + entries + " entries."
                + (last == null ? "" : " Keep this anchor outside the database and pass it to the next check: " + last);
    }
}
