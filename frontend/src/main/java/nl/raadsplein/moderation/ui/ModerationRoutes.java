package nl.raadsplein.moderation.ui;

import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.moderation.AppealService;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which of this feature's parameterised addresses name something, for the status of their documents. */
@Configuration(proxyBeanMethods = false)
class ModerationRoutes {

    @Bean
    RouteExistence conductRulesExistence(ConsultationService consultations) {
        return RouteExistence.ofId(ConductRulesView.class, ConductRulesView.ID, consultations::exists);
    }

    /**
     * What exists depends on who asks: only a decision about the logged-in account's own item, as the page itself
     * shows "not found" for someone else's.
     */
    @Bean
    RouteExistence decisionExistence(AppealService appeals) {
        return RouteExistence.ofId(DecisionView.class, DecisionView.ID, appeals::exists);
    }
}
