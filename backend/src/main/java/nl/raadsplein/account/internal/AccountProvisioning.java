package nl.raadsplein.account.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.CensusImport;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Creates confirmed accounts, parties, organisations and census entries for start-up code such as the demo data,
 * idempotently, and runs start-up work as the system or as an account. Its methods are callable only inside
 * {@link #asSystem}, so that no view can reach them with a user's login.
 */
public interface AccountProvisioning {

    /** The authority of work done by the system itself, not on anyone's behalf. */
    String SYSTEM = "SYSTEM";

    /** Runs start-up work with the {@link #SYSTEM} authority, on the calling thread only. */
    static <T> T asSystem(Supplier<T> work) {
        return runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "system", null, List.of(new SimpleGrantedAuthority(SYSTEM))),
                work);
    }

    /**
     * Runs work as an anonymous visitor of the site, on the calling thread only: for background work that must see
     * exactly what the public sees (such as the open-data bundle).
     */
    static <T> T asVisitor(Supplier<T> work) {
        return runAs(
                new AnonymousAuthenticationToken(
                        "visitor", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))),
                work);
    }

    /**
     * Runs work as this account would, with its roles, on the calling thread only: for start-up work that must
     * pass the same rules as the person (such as the demo's residents taking part).
     */
    static <T> T as(AccountPrincipal principal, Supplier<T> work) {
        return runAs(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()), work);
    }

    private static <T> T runAs(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The party with this abbreviation, created if there is none. */
    long ensureParty(String name, String abbreviation);

    /** The account with the seed's address, created confirmed if there is none; an existing one stays as it is. */
    long ensureAccount(AccountSeed seed);

    /** Imports a census file; entries already there stay as they are. */
    CensusImport ensureCensus(Reader csv);

    /**
     * Verifies the account with this address through its census entry, as if its owner had typed these facts;
     * nothing changes if the account is verified already or the entry is used.
     */
    void ensureVerifiedByCensus(String email, String postcode, String houseNumber, LocalDate dateOfBirth);

    /**
     * The organisation with the seed's KvK number, created if there is none with the first address as its owner
     * and the others as accepted members, and marked verified if the seed says so.
     */
    long ensureOrganisation(OrganisationSeed seed);
}
