package nl.raadsplein.account.ui;

import nl.raadsplein.account.ProfileService;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which of this feature's parameterised addresses name something, for the status of their documents. */
@Configuration(proxyBeanMethods = false)
class AccountRoutes {

    /** A blocked account still has its page; one without anything public has none for others. */
    @Bean
    RouteExistence publicProfileExistence(ProfileService profiles) {
        return new RouteExistence(PublicProfileView.class, PublicProfileView.ID, profiles::exists);
    }
}
