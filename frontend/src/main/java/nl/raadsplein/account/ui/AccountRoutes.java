package nl.raadsplein.account.ui;

import static nl.raadsplein.ui.RouteExistence.found;

import nl.raadsplein.account.AccountService;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which of this feature's parameterised addresses name something, for the status of their documents. */
@Configuration(proxyBeanMethods = false)
class AccountRoutes {

    /** A blocked account still has its page. */
    @Bean
    RouteExistence publicProfileExistence(AccountService accounts) {
        return RouteExistence.ofId(PublicProfileView.class, PublicProfileView.ID,
                id -> found(() -> accounts.profile(id)));
    }
}
