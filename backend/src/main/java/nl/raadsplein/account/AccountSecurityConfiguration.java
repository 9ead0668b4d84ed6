package nl.raadsplein.account;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class AccountSecurityConfiguration {

    /** Argon2 for every new hash; bcrypt hashes (from an import, say) still match and are upgraded at login. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    /** The hash to store for a password; the encoder answers null only for a null password. */
    static String hash(PasswordEncoder passwordEncoder, String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "password hash");
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(
            AccountUserDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(accounts);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }
}
