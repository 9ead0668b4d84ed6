package nl.raadsplein.account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as the application shows it; never carries the password hash.
 *
 * @param publicId the opaque id of the account's public page
 * @param language "nl" or "en"
 * @param verified whether the account was shown to belong to a resident of the municipality (census or desk)
 * @param party    the party of a councillor, else {@code null}
 */
public record Account(
        long id,
        String publicId,
        String email,
        String displayName,
        String language,
        boolean emailConfirmed,
        boolean verified,
        Set<Role> roles,
        @Nullable Party party,
        Instant createdAt,
        int version) {

    public Account {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
