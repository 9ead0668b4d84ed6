package nl.raadsplein.platform;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log: who (an account id; {@code null} for the system) did what, when, to which item and
 * why. {@code hash} is an HMAC over these fields and {@code previousHash} (plain SHA-256 for entries written before
 * the chain had a key, see {@link AuditChain}).
 */
public record AuditEntry(
        long seq,
        Instant recordedAt,
        @Nullable Long actorId,
        String action,
        @Nullable String itemType,
        @Nullable Long itemId,
        @Nullable String reason,
        @Nullable String details,
        String previousHash,
        String hash) {

    /** The detail naming how a resident reached the griffie, such as {@code channel=PHONE}. */
    public static final String CHANNEL = "channel";

    /** The detail naming, by pseudonym, the resident for whom the griffie entered something. */
    public static final String RESIDENT = "resident";

    /**
     * The value of {@code name=value} in the details, as features write them (such as {@code channel=PHONE});
     * {@code null} without one.
     */
    public @Nullable String detail(String name) {
        if (details == null) {
            return null;
        }
        for (String part : details.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }
}
