package nl.raadsplein.platform;

/**
 * An audit entry as the administrator reads it: with the display name of the account that acted, as it is now.
 *
 * @param actorName {@code null} when the system acted ({@code entry.actorId()} is null) or the account is gone
 */
public record AuditLine(AuditEntry entry, String actorName) {}
