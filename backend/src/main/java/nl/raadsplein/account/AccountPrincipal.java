package nl.raadsplein.account;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.raadsplein.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as Spring Security keeps it in the session. Names and roles are those at login; ask
 * {@link AccountService#me()} for the current ones.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Actor.AccountIdentity {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final String language;
    private final boolean emailConfirmed;
    private final Set<Role> roles;
    private @Nullable String passwordHash;

    public AccountPrincipal(
            long accountId,
            String email,
            String displayName,
            String language,
            boolean emailConfirmed,
            Set<Role> roles,
            String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.emailConfirmed = emailConfirmed;
        this.roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        this.passwordHash = passwordHash;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String language() {
        return language;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Until the address is confirmed, login fails with a {@code DisabledException}. */
    @Override
    public boolean isEnabled() {
        return emailConfirmed;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Session registries compare principals: one account is one principal, whatever its name is now.
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + ", " + email + ", " + roles + "]";
    }
}
