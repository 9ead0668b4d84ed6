package nl.raadsplein.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.raadsplein.account.DeviceCookieService;
import nl.raadsplein.account.LoginDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;

/**
 * OWASP's device cookie (docs/adr/0022-login-throttling-with-device-cookies.md): a login attempt carries the cookie
 * this browser got at an earlier successful login, so that the throttle counts its failures apart from a stranger's;
 * a successful login gives (or renews) it, before Vaadin's handler sends the browser on.
 */
final class DeviceCookie extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    static final String NAME = "raadsplein-device";

    private final DeviceCookieService deviceCookies;

    DeviceCookie(DeviceCookieService deviceCookies) {
        this.deviceCookies = deviceCookies;
    }

    /** What the login throttle needs of the request: the client's address and the device cookie it shows. */
    static LoginDetails details(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return new LoginDetails(request.getRemoteAddr(), session == null ? null : session.getId(), shown(request));
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        String token = deviceCookies.trustThisBrowser(shown(request));
        // A year, renewed at each login; not readable by scripts, not sent along by other sites' forms.
        ResponseCookie cookie = ResponseCookie.from(NAME, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(DeviceCookieService.LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private static @Nullable String shown(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
