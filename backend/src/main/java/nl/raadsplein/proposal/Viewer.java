package nl.raadsplein.proposal;

import nl.raadsplein.account.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking: an account (or nobody) and whether they belong to the griffie, who see hidden and waiting
 * items.
 */
record Viewer(Long accountId, boolean griffie) {

    static final Viewer ANONYMOUS = new Viewer(null, false);

    static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return ANONYMOUS;
        }
        boolean griffie = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_GRIFFIER".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
        return new Viewer(principal.accountId(), griffie);
    }

    boolean loggedIn() {
        return accountId != null;
    }

    boolean is(long account) {
        return accountId != null && accountId == account;
    }

    /** Whether a proposal in this state by this author may be shown to this viewer. */
    boolean sees(ProposalState state, long authorId) {
        return switch (state) {
            case HIDDEN -> griffie;
            case AWAITING_MODERATION -> griffie || is(authorId);
            default -> true;
        };
    }
}
