package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login throttle needs to know of the browser that tries to log in, besides its address: the device cookie
 * it carries, if any (ADR 22).
 */
public class LoginDetails extends WebAuthenticationDetails {

    private final @Nullable String deviceCookie;

    public LoginDetails(String remoteAddress, @Nullable String sessionId, @Nullable String deviceCookie) {
        super(remoteAddress, sessionId);
        this.deviceCookie = deviceCookie;
    }

    public @Nullable String deviceCookie() {
        return deviceCookie;
    }

    // The cookie is a secret: it never goes into a log line.
    @Override
    public String toString() {
        return "LoginDetails[remoteAddress=" + getRemoteAddress() + ", deviceCookie="
                + (deviceCookie == null ? "none" : "shown") + "]";
    }
}
