package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;

/**
 * Following the link from the confirmation mail: its token and the password chosen at registration, so that only
 * whoever registered (and not just whoever reads the mailbox) confirms; {@code clientIp} for the login throttle.
 */
public record EmailConfirmation(
        String token, String password, @Nullable String clientIp) {

    @Override
    public String toString() {
        return "EmailConfirmation[clientIp=" + clientIp + "]";
    }
}
