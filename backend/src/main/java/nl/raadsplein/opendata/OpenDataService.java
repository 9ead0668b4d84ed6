package nl.raadsplein.opendata;

import java.util.List;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public read API serves. Everything here is readable without logging in, so the service decides
 * visibility itself: only what the features show the public, never personal data.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class OpenDataService {

    private final AgendaService agenda;
    private final ConsultationService consultations;

    OpenDataService(AgendaService agenda, ConsultationService consultations) {
        this.agenda = agenda;
        this.consultations = consultations;
    }

    /** The agenda's themes in the agenda's order; a short, fixed list read whole and paged in memory. */
    @PreAuthorize("permitAll()")
    public ApiPage<ApiTheme> themes(PageRequest request) {
        List<ApiTheme> themes = agenda.goals().stream()
                .flatMap(goal -> goal.topics().stream()
                        .flatMap(topic -> topic.themes().stream()
                                .map(theme -> new ApiTheme(
                                        theme.code(), theme.name(), theme.highlighted(), topic.code(), goal.code()))))
                .toList();
        return ApiPage.of(themes, request.page(), request.size());
    }

    /** Consultations in the order of the public list, optionally only those about one agenda theme. */
    @PreAuthorize("permitAll()")
    public ApiPage<ApiConsultation> consultations(@Nullable String themeCode, PageRequest request) {
        ConsultationFilter filter = new ConsultationFilter(null, themeCode, null);
        List<ApiConsultation> items = consultations.list(filter, request.offset(), request.size()).stream()
                .map(c -> new ApiConsultation(
                        c.id(), c.title(), c.summary(), c.phase(), c.dates(), c.themeCodes(), c.topicCodes()))
                .toList();
        return new ApiPage<>(items, request.page(), request.size(), consultations.count(filter));
    }
}
