package nl.raadsplein.moderation;

import java.time.Instant;

/**
 * A line of the public moderation log: never the content, never who reported or acted.
 *
 * @param consultationId null for a profile
 */
public record PublicLogEntry(
        Instant actedAt,
        ContentType type,
        Long consultationId,
        String consultationTitle,
        ModerationAction action,
        ModerationReason reason,
        boolean overturned) {}
