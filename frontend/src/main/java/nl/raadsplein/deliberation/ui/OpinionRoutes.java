package nl.raadsplein.deliberation.ui;

import nl.raadsplein.deliberation.DiscussionReportService;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which reports the report's address names, for the status of its document. */
@Configuration(proxyBeanMethods = false)
class OpinionRoutes {

    @Bean
    RouteExistence discussionReportExistence(DiscussionReportService reports) {
        return RouteExistence.ofId(DiscussionReportView.class, DiscussionReportView.ID, reports::exists);
    }
}
