package nl.raadsplein.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.platform.internal.PersonalDataErasure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting one's own account (AVG article 17, J8): personal data goes everywhere, proposals and comments stay as by
 * a former participant, supports and votes keep counting, and the audit chain keeps the account's number only (ADR
 * 15). The session is the caller's to end.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AccountDeletionService {

    /** Roles that act for the council or the griffie: the role goes first, by those who granted it. */
    private static final Set<Role> OFFICES = EnumSet.of(Role.COUNCILLOR, Role.GRIFFIER, Role.ADMIN);

    private final AccountRepository accounts;
    private final AccountPersonalData personalData;
    private final List<PersonalDataErasure> erasures;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SessionEnding sessions;

    AccountDeletionService(
            AccountRepository accounts,
            AccountPersonalData personalData,
            List<PersonalDataErasure> erasures,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Clock clock,
            SessionEnding sessions) {
        this.accounts = accounts;
        this.personalData = personalData;
        this.erasures = erasures;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Why the current account cannot be deleted by its owner, as a message key, or empty when it can: it holds a
     * councillor's, griffier's or administrator's role, or its name stands in the council's public record.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> refusal() {
        return refusal(me());
    }

    /**
     * Deletes the current account after checking its password; a wrong password, or an account that {@link
     * #refusal()} names a reason for, changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount(AccountDeletion deletion) {
        Account account = me();
        String password = deletion == null ? null : deletion.password();
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "error.required");
        }
        if (!passwordEncoder.matches(password, accounts.passwordHash(account.id()))) {
            throw new InvalidInputException("password", "account.error.password-wrong");
        }
        Optional<String> refusal = refusal(account);
        if (refusal.isPresent()) {
            throw new InvalidInputException("password", refusal.get());
        }
        for (PersonalDataErasure erasure : erasures) {
            erasure.erase(account.id(), account.email());
        }
        personalData.erase(account.id(), account.email(), clock.instant());
        // other browsers still logged in must not act for the emptied account
        sessions.endSessionsOf(account.id());
        // The number is the pseudonymous reference the chain keeps; no name or address ever goes into it.
        audit.record(account.id(), "ACCOUNT_DELETED", "ACCOUNT", account.id(), null, null);
    }

    private Account me() {
        long id = Actor.currentAccountId();
        return accounts.account(id).orElseThrow(() -> new NoSuchItemException("account " + id));
    }

    private Optional<String> refusal(Account account) {
        if (account.roles().stream().anyMatch(OFFICES::contains)) {
            return Optional.of("account.error.delete-office");
        }
        if (personalData.inCouncilRecord(account.id())) {
            return Optional.of("account.error.delete-council-record");
        }
        return Optional.empty();
    }
}
