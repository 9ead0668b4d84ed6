package nl.raadsplein.consultation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as shown on its page. {@code themeCodes} and {@code topicCodes} are agenda theme codes and
 * digital topic codes; the agenda service gives their names. {@code conductRules} is the consultation's own
 * rules of conduct in plain text, or {@code null} for the platform's default (see the moderation feature).
 */
public record Consultation(
        long id,
        String title,
        String summary,
        String body,
        PhaseDates dates,
        ConsultationSettings settings,
        List<String> themeCodes,
        List<String> topicCodes,
        @Nullable String outcome,
        @Nullable Instant outcomePublishedAt,
        Phase phase,
        int version,
        @Nullable String conductRules) {

    /** The Markdown body as HTML that is safe to show. */
    public String bodyHtml() {
        return nl.raadsplein.platform.Markdown.toSafeHtml(body);
    }
}
