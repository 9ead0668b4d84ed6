package nl.raadsplein.account;

import nl.raadsplein.account.internal.AccountProvisioning;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;

@TestConfiguration(proxyBeanMethods = false)
public class AccountTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    TestAccounts testAccounts(AccountProvisioning provisioning, UserDetailsService users) {
        return new TestAccounts(provisioning, users);
    }

    @Bean
    RetentionRuns retentionRuns(RetentionJob job) {
        return new RetentionRuns(job);
    }
}
