package nl.raadsplein.moderation;

import java.time.Instant;

/** An action taken on an item, for the griffie's history of it. */
public record ActionView(
        long id,
        ModerationAction action,
        ModerationReason reason,
        String text,
        Long actorId,
        String actorName,
        Instant actedAt,
        boolean overturned,
        boolean appealed) {}
