package nl.raadsplein.account;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.TextInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates confirmed accounts and parties for start-up code such as the demo data, idempotently. Only callable
 * inside {@link #asSystem}, so that no view can reach it with a user's login.
 */
@Service
@PreAuthorize("hasAuthority('" + AccountProvisioning.SYSTEM + "')")
public class AccountProvisioning {

    static final String SYSTEM = "SYSTEM";

    private final AccountRepository repository;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CensusImporter censusImporter;
    private final CensusKey censusKey;
    private final ResidencyRepository residency;
    private final OrganisationRepository organisations;
    private final Clock clock;

    AccountProvisioning(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
            CensusImporter censusImporter, CensusKey censusKey, ResidencyRepository residency,
            OrganisationRepository organisations, Clock clock) {
        this.repository = repository;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.censusImporter = censusImporter;
        this.censusKey = censusKey;
        this.residency = residency;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Runs start-up work with the authority this class asks for, on the calling thread only. */
    public static <T> T asSystem(Supplier<T> work) {
        return runAs(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(SYSTEM))), work);
    }

    /**
     * Runs work as this account would, with its roles, on the calling thread only: for start-up work that must
     * pass the same rules as the person (such as the demo's residents taking part).
     */
    public static <T> T as(AccountPrincipal principal, Supplier<T> work) {
        return runAs(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
                work);
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
    @Transactional
    public long ensureParty(String name, String abbreviation) {
        String checkedName = TextInput.line("name", name, AccountService.PARTY_NAME_LENGTH);
        String checkedAbbreviation =
                TextInput.line("abbreviation", abbreviation, AccountService.PARTY_ABBREVIATION_LENGTH);
        return repository.partyIdByAbbreviation(checkedAbbreviation)
                .orElseGet(() -> repository.insertParty(checkedName, checkedAbbreviation, clock.instant()));
    }

    /**
     * The account with this address, created confirmed with these roles (RESIDENT always) if there is none; an
     * existing account is left as it is.
     *
     * @param partyId the party of a councillor, else {@code null}
     */
    @Transactional
    public long ensureAccount(String email, String displayName, String password, String language, Set<Role> roles,
            Long partyId) {
        String checkedEmail = TextInput.email("email", email);
        String checkedName = AccountService.displayName(displayName);
        passwordPolicy.check("password", password, checkedEmail, checkedName);
        String checkedLanguage = AccountService.language(language);
        if (roles.contains(Role.COUNCILLOR) != (partyId != null)) {
            throw new InvalidInputException("party", "account.error.councillor-needs-party");
        }
        Instant now = clock.instant();
        return repository.accountIdByEmail(checkedEmail).orElseGet(() -> {
            long id = repository.insertAccount(checkedEmail, checkedName, passwordEncoder.encode(password),
                    checkedLanguage, now, now).orElseThrow();
            repository.grant(id, Role.RESIDENT, null, now);
            roles.forEach(role -> repository.grant(id, role, null, now));
            if (partyId != null) {
                repository.setParty(id, partyId);
            }
            return id;
        });
    }

    /** Imports a census file; entries already there stay as they are. */
    @Transactional
    public CensusImport ensureCensus(Reader csv) {
        return censusImporter.importFile(csv, null);
    }

    /**
     * Verifies the account with this address through its census entry, as if its owner had typed these facts;
     * nothing changes if the account is verified already or the entry is used.
     */
    @Transactional
    public void ensureVerifiedByCensus(String email, String postcode, String houseNumber, LocalDate dateOfBirth) {
        long accountId = repository.accountIdByEmail(TextInput.email("email", email)).orElseThrow();
        CensusFacts facts = CensusFacts.of(postcode, houseNumber, dateOfBirth, clock);
        Instant now = clock.instant();
        if (!residency.lockVerified(accountId).orElseThrow()
                && residency.claim(censusKey.hash(facts, "postcode", "account.error.census-unavailable"),
                        accountId, now)) {
            residency.markVerified(accountId, VerificationChannel.CENSUS, null, now);
        }
    }

    /**
     * The organisation with this KvK number, created if there is none with the first address as its owner and the
     * others as accepted members, and marked verified if asked.
     */
    @Transactional
    public long ensureOrganisation(String name, String kvkNumber, String website, boolean verified,
            List<String> memberEmails) {
        String checkedName = TextInput.line("name", name, AccountService.ORGANISATION_NAME_LENGTH);
        String checkedKvk = AccountService.kvkNumber(kvkNumber);
        String checkedWebsite = AccountService.website(website);
        Instant now = clock.instant();
        return organisations.idByKvkNumber(checkedKvk).orElseGet(() -> {
            List<Long> members = memberEmails.stream()
                    .map(email -> repository.accountIdByEmail(TextInput.email("email", email)).orElseThrow())
                    .toList();
            long id = organisations.insert(checkedName, checkedKvk, checkedWebsite, members.getFirst(), now);
            for (int i = 0; i < members.size(); i++) {
                organisations.insertMember(id, members.get(i),
                        i == 0 ? OrganisationRepository.OWNER : OrganisationRepository.MEMBER,
                        i == 0 ? null : members.getFirst(), now, now);
            }
            if (verified) {
                organisations.verify(id, null, now);
            }
            return id;
        });
    }
}
