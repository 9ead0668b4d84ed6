package nl.raadsplein.consultation;

import java.util.List;

/** What a griffier fills in to create or change a consultation. {@code body} is Markdown. */
public record ConsultationDraft(
        String title,
        String summary,
        String body,
        PhaseDates dates,
        ConsultationSettings settings,
        List<String> themeCodes,
        List<String> topicCodes) {}
