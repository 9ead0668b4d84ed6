package nl.raadsplein.consultation;

/**
 * Which consultations a list shows: by status (null for all), agenda theme and digital topic (null for
 * any).
 */
public record ConsultationFilter(Status status, String themeCode, String topicCode) {

    public static final ConsultationFilter ALL = new ConsultationFilter(null, null, null);

    public enum Status {
        OPEN,
        UPCOMING,
        CLOSED
    }
}
