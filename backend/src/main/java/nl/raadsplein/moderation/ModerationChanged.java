package nl.raadsplein.moderation;

import org.jspecify.annotations.Nullable;

/**
 * Published after a committed action, pre-moderation arrival or appeal, so that open queues refresh.
 *
 * @param appealId the appeal filed or decided, else null
 */
public record ModerationChanged(
        long itemId,
        ContentRef content,
        @Nullable ModerationAction action,
        @Nullable Long appealId) {}
