package nl.raadsplein.consultation.ui;

import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which of this feature's parameterised addresses name something, for the status of their documents. */
@Configuration(proxyBeanMethods = false)
class ConsultationRoutes {

    @Bean
    RouteExistence consultationExistence(ConsultationService consultations) {
        return RouteExistence.ofId(ConsultationView.class, ConsultationView.ID, consultations::exists);
    }

    /** The editor without an id makes a new consultation; with one, it must name an existing one. */
    @Bean
    RouteExistence consultationEditorExistence(ConsultationService consultations) {
        RouteExistence existing =
                RouteExistence.ofId(ConsultationEditorView.class, ConsultationEditorView.ID, consultations::exists);
        return new RouteExistence(
                ConsultationEditorView.class,
                ConsultationEditorView.ID,
                value -> value.isEmpty() || existing.check().test(value));
    }
}
