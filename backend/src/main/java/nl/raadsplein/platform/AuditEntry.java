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
        String hash) {}
