package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;

/**
 * What someone fills in to create an account; {@code language} is "nl" or "en"; {@code clientIp} the address the
 * request came from, for the limit on mail to one network.
 */
public record Registration(
        String displayName,
        String email,
        String password,
        String language,
        @Nullable String clientIp) {

    @Override
    public String toString() {
        return "Registration[displayName=" + displayName + ", email=" + email + ", language=" + language + ", clientIp="
                + clientIp + "]";
    }
}
