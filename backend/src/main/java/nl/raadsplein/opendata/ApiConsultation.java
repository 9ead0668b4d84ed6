package nl.raadsplein.opendata;

import java.time.Instant;
import java.util.List;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.consultation.PhaseDates;

/** A consultation: its phase now, when each phase starts, and the agenda themes and digital topics it is about. */
public record ApiConsultation(
        long id,
        String title,
        String summary,
        Phase phase,
        PhaseDates phases,
        List<String> themes,
        List<String> topics,
        Instant created,
        Instant modified) {

    public ApiConsultation {
        themes = List.copyOf(themes);
        topics = List.copyOf(topics);
    }
}
