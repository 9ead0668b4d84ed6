package nl.raadsplein.moderation;

import nl.raadsplein.account.AccountPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in account acting, and whether it belongs to the griffie (griffier or administrator). */
record Actor(long accountId, boolean griffie) {

    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new AccessDeniedException("Not logged in with an account");
        }
        boolean griffie = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_GRIFFIER".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
        return new Actor(principal.accountId(), griffie);
    }
}
