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
}
