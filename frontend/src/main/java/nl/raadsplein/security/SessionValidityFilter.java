package nl.raadsplein.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.SessionService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session at its next request when it must: when the account's sessions were ended after it began
 * (a password change or reset elsewhere, a revoked role, "log out everywhere") or when it is older than the
 * absolute lifetime, however active it was. The request then goes on as a visitor's: a page that needs a login
 * sends to the login page, and an open Vaadin tab finds its session gone and reloads into it.
 */
public final class SessionValidityFilter extends OncePerRequestFilter {

    /** When the session was first seen logged in; a renewed start after one's own password change. */
    public static final String AUTHENTICATED_AT = SessionValidityFilter.class.getName() + ".authenticatedAt";

    private final SessionService sessions;
    private final Clock clock;
    private final Duration lifetime;

    SessionValidityFilter(SessionService sessions, Clock clock, Duration lifetime) {
        this.sessions = sessions;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal) {
            Instant now = clock.instant();
            if (!(session.getAttribute(AUTHENTICATED_AT) instanceof Instant since)) {
                session.setAttribute(AUTHENTICATED_AT, now);
            } else if (now.isAfter(since.plus(lifetime)) || !sessions.stillValid(since)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
