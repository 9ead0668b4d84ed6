package nl.raadsplein.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this address or from this client; the password was not even checked. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
