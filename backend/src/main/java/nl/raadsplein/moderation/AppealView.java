package nl.raadsplein.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An appeal as the griffie sees it; {@code actedBy} may not decide it.
 *
 * @param redactedFragment what a redaction took out, while the appeal is open; null for other actions
 */
public record AppealView(
        long id,
        long actionId,
        ContentRef content,
        ModerationAction action,
        ModerationReason reason,
        @Nullable String actionText,
        @Nullable Long actedBy,
        long appellantId,
        String appellantName,
        String text,
        Instant filedAt,
        @Nullable AppealDecision decision,
        @Nullable String decisionText,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        int version,
        @Nullable String redactedFragment) {}
