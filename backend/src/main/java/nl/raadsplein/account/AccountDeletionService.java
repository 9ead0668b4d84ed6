package nl.raadsplein.account;

import java.util.Optional;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
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

    private final AccountRepository accounts;
    private final AccountRemoval removal;
    private final PasswordEncoder passwordEncoder;

    AccountDeletionService(AccountRepository accounts, AccountRemoval removal, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.removal = removal;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Why the current account cannot be deleted by its owner, as a message key, or empty when it can: it holds a
     * councillor's, griffier's or administrator's role, or its name stands in the council's public record.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> refusal() {
        return removal.refusal(me());
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
        Optional<String> refusal = removal.refusal(account);
        if (refusal.isPresent()) {
            throw new InvalidInputException("password", refusal.get());
        }
        removal.remove(account, account.id(), null);
    }

    private Account me() {
        long id = Actor.currentAccountId();
        return accounts.account(id).orElseThrow(() -> new NoSuchItemException("account " + id));
    }
}
