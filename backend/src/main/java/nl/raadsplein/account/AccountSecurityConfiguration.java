package nl.raadsplein.account;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccountProperties.class, RetentionProperties.class})
class AccountSecurityConfiguration {

    /** OWASP's minimum for Argon2id (password storage cheat sheet): 19 MiB, 2 iterations, 1 lane. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;

    static final int ARGON2_ITERATIONS = 2;

    /**
     * Argon2id for every new hash. Older hashes still match and are upgraded at the next login: bcrypt ones (from an
     * import, say), and Argon2 ones made with less memory or fewer iterations, which Spring's encoder reports as
     * needing an upgrade.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    /** The hash to store for a password; the encoder answers null only for a null password. */
    static String hash(PasswordEncoder passwordEncoder, String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "password hash");
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(
            AccountUserDetailsService accounts,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            LastActivity activity) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        // An unconfirmed address is checked only after the password, so that it costs the same time; the throttled
        // provider then answers as for a wrong password: a login attempt never tells whether an address is taken.
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("address not confirmed");
            }
        });
        passwords.setUserDetailsPasswordService(accounts);
        return new ThrottledAuthenticationProvider(passwords, throttle, activity);
    }
}
