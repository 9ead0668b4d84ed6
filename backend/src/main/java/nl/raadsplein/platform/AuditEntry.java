package nl.raadsplein.platform;

import java.time.Instant;

/**
 * One line of the audit log: who (an account id; {@code null} for the system) did what, when, to which item and
 * why. {@code hash} is SHA-256 over these fields and {@code previousHash}.
 */
public record AuditEntry(long seq, Instant recordedAt, Long actorId, String action, String itemType, Long itemId,
        String reason, String details, String previousHash, String hash) {
}
