package nl.raadsplein.agenda.ui;

import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which of this feature's parameterised addresses name something, for the status of their documents. */
@Configuration(proxyBeanMethods = false)
class AgendaRoutes {

    /** A theme is named by its code, such as 3A.1. */
    @Bean
    RouteExistence themeExistence(AgendaService agenda) {
        return new RouteExistence(ThemeView.class, ThemeView.CODE, agenda::themeExists);
    }
}
