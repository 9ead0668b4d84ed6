package nl.raadsplein.account.internal;

import java.util.Set;
import nl.raadsplein.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account that start-up code wants to exist, confirmed, with RESIDENT and these roles.
 *
 * @param partyId the party of a councillor, else {@code null}
 */
public record AccountSeed(
        String email,
        String displayName,
        String password,
        String language,
        Set<Role> roles,
        @Nullable Long partyId) {

    public AccountSeed {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "AccountSeed[email=" + email + ", displayName=" + displayName + ", roles=" + roles + "]";
    }
}
