package nl.raadsplein.motion.ui;

import nl.raadsplein.motion.MeetingService;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which of this feature's parameterised addresses name something, for the status of their documents. */
@Configuration(proxyBeanMethods = false)
class MotionRoutes {

    /** A draft exists only for its submitters. */
    @Bean
    RouteExistence motionExistence(MotionQueries motions) {
        return RouteExistence.ofId(MotionView.class, "id", motions::exists);
    }

    @Bean
    RouteExistence motionPrintExistence(MotionQueries motions) {
        return RouteExistence.ofId(MotionPrintView.class, "id", motions::exists);
    }

    @Bean
    RouteExistence meetingExistence(MeetingService meetings) {
        return RouteExistence.ofId(MeetingView.class, MeetingView.ID, meetings::exists);
    }
}
