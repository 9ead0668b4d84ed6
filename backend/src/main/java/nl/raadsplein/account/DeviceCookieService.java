package nl.raadsplein.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.raadsplein.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device cookie of a browser where an account logged in with its password (ADR 22): from then on, a stranger's
 * failures with the address do not keep that browser out.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DeviceCookieService {

    /** A device cookie not used for a login this long is no longer trusted, and is then removed. */
    public static final Duration LIFETIME = Duration.ofDays(365);

    private final DeviceCookieRepository repository;
    private final Clock clock;

    DeviceCookieService(DeviceCookieRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Trusts the browser that just logged in: renews the device cookie it showed if that is the current account's,
     * or issues a new one. Returns the cookie's value for the browser to keep.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String trustThisBrowser(@Nullable String shown) {
        long me = Actor.currentAccountId();
        Instant now = clock.instant();
        if (shown != null && SecretTokens.plausible(shown) && repository.renew(me, SecretTokens.sha256(shown), now)) {
            return shown;
        }
        String token = SecretTokens.newToken();
        repository.insert(me, SecretTokens.sha256(token), now);
        return token;
    }
}
