package nl.raadsplein.consultation;

import org.jspecify.annotations.Nullable;

/**
 * Which consultations a list shows: by status (null for all), agenda theme and digital topic (null for
 * any).
 */
public record ConsultationFilter(
        @Nullable Status status,
        @Nullable String themeCode,
        @Nullable String topicCode) {

    public static final ConsultationFilter ALL = new ConsultationFilter(null, null, null);

    public enum Status {
        OPEN,
        UPCOMING,
        CLOSED
    }
}
