package nl.raadsplein.platform;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting in this request: an account, or nobody (a visitor, or start-up code running as the system),
 * whether it belongs to the griffie (griffier or administrator), who see hidden and waiting items, and whether it
 * is a resident, who takes part (submits, supports, comments). The one place that reads the security context; the
 * account feature's principal says which account it is through {@link AccountIdentity}, so that no feature needs
 * the account feature to know who acts.
 */
public record Actor(@Nullable Long accountId, Set<String> authorities) {

    public static final Actor NOBODY = new Actor(null, Set.of());

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountIdentity identity)) {
            return NOBODY;
        }
        return new Actor(
                identity.accountId(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** A griffier or an administrator. */
    public boolean griffie() {
        return holds("ROLE_GRIFFIER") || holds("ROLE_ADMIN");
    }

    public boolean resident() {
        return holds("ROLE_RESIDENT");
    }

    /** Whether the login holds this authority (such as {@code ROLE_ADMIN}), as the methods' @PreAuthorize decide. */
    public boolean holds(String authority) {
        return authorities.contains(authority);
    }

    /** The account acting; refuses a visitor or the system, for acts that need someone to answer for them. */
    public static long currentAccountId() {
        return current().account();
    }

    /** This actor's account, refused when nobody is logged in. */
    public long account() {
        if (accountId == null) {
            throw new AccessDeniedException("Not logged in with an account");
        }
        return accountId;
    }

    public boolean loggedIn() {
        return accountId != null;
    }

    public boolean is(long account) {
        return accountId != null && accountId == account;
    }

    /** What every logged-in account is, whatever else it holds: the account behind the principal in the session. */
    public interface AccountIdentity {
        long accountId();
    }
}
