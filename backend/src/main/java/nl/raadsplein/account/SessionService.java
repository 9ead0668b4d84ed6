package nl.raadsplein.account;

import java.time.Instant;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.internal.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a logged-in session may go on, and "log out everywhere". A password change or reset, a revoked role and
 * this button end every session authenticated before them: the web layer asks on each request.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionService {

    private final AccountRepository repository;
    private final SessionEnding ending;
    private final AuditTrail audit;
    private final DeviceCookieRepository deviceCookies;

    SessionService(
            AccountRepository repository,
            SessionEnding ending,
            AuditTrail audit,
            DeviceCookieRepository deviceCookies) {
        this.repository = repository;
        this.ending = ending;
        this.audit = audit;
        this.deviceCookies = deviceCookies;
    }

    /** Whether the current account's session, authenticated at that moment, may go on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean stillValid(Instant authenticatedAt) {
        return repository
                .sessionsValidFrom(Actor.currentAccountId())
                .map(validFrom -> !authenticatedAt.isBefore(validFrom))
                .orElse(false);
    }

    /**
     * Ends every session of the current account, this one included once the web layer logs it out, and trusts no
     * browser any more (ADR 22): whoever pressed it suspects another browser.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void endAllMySessions() {
        long me = Actor.currentAccountId();
        ending.endSessionsOf(me);
        deviceCookies.revokeAll(me);
        audit.record(me, "SESSIONS_ENDED", "ACCOUNT", me, null, null);
    }
}
