package nl.raadsplein.account;

import java.io.Reader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residency: the griffie imports the census as keyed hashes; a resident verifies by typing postcode, house number
 * and date of birth that match an unused entry, or the griffier verifies them at the desk.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class ResidencyService {

    static final int VERIFICATION_FAILURES_PER_HOUR = 5;
    static final Duration VERIFICATION_WINDOW = Duration.ofHours(1);
    /** Accounts for residents who take part through the desk; the domain can never receive mail. */
    static final String OFFLINE_DOMAIN = "@raadsplein.invalid";

    private final ResidencyRepository residency;
    private final ResidencyRegister register;
    private final CensusImporter censusImporter;
    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ResidencyService(
            ResidencyRepository residency,
            ResidencyRegister register,
            CensusImporter censusImporter,
            AccountRepository accounts,
            RoleRepository roles,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Clock clock) {
        this.residency = residency;
        this.register = register;
        this.censusImporter = censusImporter;
        this.accounts = accounts;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores each valid line of the census file as a keyed hash of its facts, never the facts. Lines already
     * stored, by an earlier import or higher up in the file, count as already known. Refused without the census
     * secret.
     */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public CensusImport importCensus(Reader csv) {
        return censusImporter.importFile(csv, Actor.currentAccountId());
    }

    /**
     * Verifies the current account as a resident when the facts match an entry of the census that no account
     * used yet. A mismatch, and an entry someone else used, give the same refusal and count as a failed attempt;
     * after {@value #VERIFICATION_FAILURES_PER_HOUR} failures within an hour the account must wait. A verified
     * account stays as it is.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = InvalidInputException.class) // a failed attempt is recorded all the same
    public void verifyResidency(@Nullable ResidencyClaim claim) {
        long accountId = Actor.currentAccountId();
        Instant now = clock.instant();
        if (residency.lockVerified(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId))) {
            return;
        }
        List<Instant> failures = residency.failedAttempts(accountId, now.minus(VERIFICATION_WINDOW));
        if (failures.size() >= VERIFICATION_FAILURES_PER_HOUR) {
            Instant until = failures.get(failures.size() - VERIFICATION_FAILURES_PER_HOUR)
                    .plus(VERIFICATION_WINDOW);
            long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
            throw new InvalidInputException("postcode", "account.error.residency-throttled", minutes);
        }
        ResidencyClaim typed = claim == null ? new ResidencyClaim(null, null, null) : claim;
        CensusFacts facts = CensusFacts.of(typed.postcode(), typed.houseNumber(), typed.dateOfBirth(), clock);
        Optional<String> key = register.residentKey(facts);
        if (key.isPresent() && residency.claim(key.get(), accountId, now)) {
            residency.markVerified(accountId, VerificationChannel.CENSUS, null, now);
            audit.record(accountId, "RESIDENCY_VERIFIED", "ACCOUNT", accountId, null, "channel=CENSUS");
            return;
        }
        residency.recordFailedAttempt(accountId, now, now.minus(VERIFICATION_WINDOW));
        throw new InvalidInputException("postcode", "account.error.residency-no-match");
    }

    /** The griffier saw an identity document of the account's owner; an account verified before stays as it is. */
    @PreAuthorize("hasRole('GRIFFIER')")
    @Transactional
    public void verifyAtDesk(long accountId) {
        boolean verified =
                residency.lockVerified(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        if (!verified) {
            residency.markVerified(accountId, VerificationChannel.DESK, Actor.currentAccountId(), clock.instant());
            audit.record(Actor.currentAccountId(), "RESIDENCY_VERIFIED", "ACCOUNT", accountId, null, "channel=DESK");
        }
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isVerified() {
        return residency.verified(Actor.currentAccountId());
    }

    /**
     * The account of a resident whom the griffier helps in person or by phone: the account that used their census
     * entry, or else a new offline account for it that cannot log in, verified at the desk by this griffier.
     */
    @PreAuthorize("hasRole('GRIFFIER')")
    @Transactional
    public long residentForAssistance(@Nullable AssistedResident resident) {
        AssistedResident typed = resident == null ? new AssistedResident(null, null, null, null) : resident;
        CensusFacts facts = CensusFacts.of(typed.postcode(), typed.houseNumber(), typed.dateOfBirth(), clock);
        String name = AccountInput.displayName(typed.displayName());
        String hash = register.residentKey(facts)
                .orElseThrow(() -> new InvalidInputException("postcode", "account.error.residency-no-match"));
        ResidencyRepository.CensusEntry entry = residency
                .lockEntry(hash)
                .orElseThrow(() -> new InvalidInputException("postcode", "account.error.residency-no-match"));
        if (entry.usedBy() != null) {
            return entry.usedBy();
        }
        Instant now = clock.instant();
        String email = "offline-" + HexFormat.of().formatHex(randomBytes(16)) + OFFLINE_DOMAIN;
        String unusablePassword = AccountSecurityConfiguration.hash(
                passwordEncoder, Base64.getEncoder().encodeToString(randomBytes(32)));
        long accountId = accounts.insertAccount(email, name, unusablePassword, "nl", now, null)
                .orElseThrow();
        roles.grant(accountId, Role.RESIDENT, null, now);
        residency.markVerified(accountId, VerificationChannel.DESK, Actor.currentAccountId(), now);
        if (!residency.claim(hash, accountId, now)) {
            throw new IllegalStateException("The locked census entry " + entry.id() + " was used meanwhile");
        }
        audit.record(
                Actor.currentAccountId(),
                "RESIDENCY_VERIFIED",
                "ACCOUNT",
                accountId,
                null,
                "channel=DESK offline account");
        return accountId;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
