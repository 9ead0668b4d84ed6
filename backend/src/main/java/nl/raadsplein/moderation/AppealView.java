package nl.raadsplein.moderation;

import java.time.Instant;

/**
 * An appeal as the griffie sees it; {@code actedBy} may not decide it.
 *
 * @param redactedFragment what a redaction took out, while the appeal is open; null for other actions
 */
public record AppealView(long id, long actionId, ContentRef content, ModerationAction action,
        ModerationReason reason, String actionText, Long actedBy, long appellantId, String appellantName,
        String text, Instant filedAt, AppealDecision decision, String decisionText, Long decidedBy,
        Instant decidedAt, int version, String redactedFragment) {
}
