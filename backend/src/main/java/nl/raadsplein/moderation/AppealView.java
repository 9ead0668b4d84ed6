package nl.raadsplein.moderation;

import java.time.Instant;
import nl.raadsplein.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * An appeal as the griffie sees it.
 *
 * @param redactedFragment what a redaction took out, while the appeal is open; null for other actions
 * @param mayDecide whether the account reading it may decide it
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
        @Nullable String redactedFragment,
        boolean mayDecide) {

    /**
     * The appeal as {@code viewer} sees it: whoever took the decision appealed against, or appealed, may not decide
     * it (the griffie's independence), so the form is not offered to them.
     */
    AppealView seenBy(Actor viewer) {
        boolean independent = !(actedBy != null && viewer.is(actedBy)) && !viewer.is(appellantId);
        return new AppealView(
                id,
                actionId,
                content,
                action,
                reason,
                actionText,
                actedBy,
                appellantId,
                appellantName,
                text,
                filedAt,
                decision,
                decisionText,
                decidedBy,
                decidedAt,
                version,
                redactedFragment,
                independent);
    }
}
