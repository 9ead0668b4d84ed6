package nl.raadsplein.account;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Login with e-mail address and password, counted by {@link LoginThrottle} before the password is checked and
 * refused without checking while it says so (ADR 22). A login that succeeds is uncounted, and is the account's last
 * activity (ADR 19).
 * The only {@code AuthenticationProvider} bean, so Spring Security's global authentication manager uses it.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_EMAIL = 254;
    private static final int MAX_IP = 45;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LastActivity activity;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, LastActivity activity) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.activity = activity;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String email = truncate(
                authentication.getName() == null
                        ? ""
                        : authentication.getName().strip().toLowerCase(Locale.ROOT),
                MAX_EMAIL);
        Object details = authentication.getDetails();
        String clientIp = clientIp(details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
        String deviceCookie = details instanceof LoginDetails login ? login.deviceCookie() : null;
        LoginThrottle.Counted counted = switch (throttle.count(email, clientIp, deviceCookie)) {
            case LoginThrottle.Refused refused -> throw new LoginThrottledException(refused.retryAfter());
            case LoginThrottle.Counted attempt -> attempt;
        };
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(authentication);
        } catch (BadCredentialsException | DisabledException e) {
            // An unconfirmed account answers exactly as a wrong password, and stays counted as a failure: else the
            // answer would tell a stranger that the address has an account.
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(counted);
        if (authenticated != null && authenticated.getPrincipal() instanceof AccountPrincipal principal) {
            activity.loggedIn(principal.accountId());
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the throttle counts it. */
    static String clientIp(@Nullable String remoteAddress) {
        return truncate(remoteAddress == null ? "unknown" : remoteAddress, MAX_IP);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
