package nl.raadsplein.consultation;

import java.util.List;

/** A consultation in a list. */
public record ConsultationSummary(
        long id,
        String title,
        String summary,
        PhaseDates dates,
        Phase phase,
        List<String> themeCodes,
        List<String> topicCodes) {}
