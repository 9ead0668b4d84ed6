package nl.raadsplein.account;

import java.time.Instant;
import nl.raadsplein.account.internal.ProfileTextHold;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.platform.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One's own account: what it is, its name and language, its password and its "Over mij" text. Registering is
 * {@link RegistrationService}'s, roles are {@link RoleService}'s, the public page is {@link ProfileService}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    public static final int DISPLAY_NAME_LENGTH = AccountInput.DISPLAY_NAME_LENGTH;
    public static final int PROFILE_TEXT_LENGTH = 500;

    private final AccountRepository repository;
    private final ProfileTextHold holds;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final SessionEnding sessions;

    AccountService(
            AccountRepository repository,
            ProfileTextHold holds,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            SessionEnding sessions) {
        this.repository = repository;
        this.holds = holds;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.sessions = sessions;
    }

    @PreAuthorize("isAuthenticated()")
    public Account me() {
        long id = Actor.currentAccountId();
        return repository.account(id).orElseThrow(() -> new NoSuchItemException("account " + id));
    }

    /**
     * Changes the password and ends the account's other sessions: whoever knew the old password is out. Returns
     * the moment sessions are valid from, which the caller's own session takes as its new start.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Instant changePassword(PasswordChange change) {
        Account account = me();
        if (change == null
                || change.currentPassword() == null
                || !passwordEncoder.matches(change.currentPassword(), repository.passwordHash(account.id()))) {
            throw new InvalidInputException("currentPassword", "account.error.password-wrong");
        }
        passwordPolicy.check("newPassword", change.newPassword(), account.email(), account.displayName());
        repository.setPassword(account.id(), AccountSecurityConfiguration.hash(passwordEncoder, change.newPassword()));
        return sessions.endSessionsOf(account.id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateProfile(String displayName, String language) {
        Account account = me();
        String name = AccountInput.displayName(displayName);
        if (!name.equals(account.displayName())) {
            if (repository.isBlocked(account.id())) {
                throw new InvalidInputException("displayName", "account.error.blocked-name");
            }
            if (repository.isDisplayNameRedacted(account.id())) {
                throw new InvalidInputException("displayName", "account.error.name-redacted");
            }
        }
        repository.setProfile(account.id(), name, AccountInput.language(language));
    }

    /**
     * Sets the current account's "Over mij" text, or clears it when blank. Personal data in it (a BSN, IBAN, phone
     * number, e-mail address or postcode with house number) is refused with {@code personaldata.error.confirm-needed}
     * unless the owner saw the warning and confirmed; a confirmed one waits for moderation, and so does a text that
     * replaces one the griffie hid or holds back. The service looks for itself, whatever the form did. Returns the
     * new state, null when cleared.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public @Nullable ProfileTextState setProfileText(@Nullable ProfileTextDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("profileText", "error.required");
        }
        long accountId = Actor.currentAccountId();
        AccountRepository.ProfileRow current =
                repository.profile(accountId, true).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        String text = draft.profileText();
        ProfileTextState state = null;
        String checked = null;
        if (text != null && !text.isBlank()) {
            checked = TextInput.multiLine("profileText", text, PROFILE_TEXT_LENGTH);
            if (repository.isBlocked(accountId)) {
                throw new InvalidInputException("profileText", "account.error.blocked");
            }
            boolean personalData = PersonalDataDetector.containsPersonalData(checked);
            if (personalData && !draft.personalDataConfirmed()) {
                throw new InvalidInputException("profileText", "personaldata.error.confirm-needed");
            }
            state = personalData || current.state() == ProfileTextState.HIDDEN || holds.heldBack(accountId)
                    ? ProfileTextState.AWAITING_MODERATION
                    : ProfileTextState.PUBLISHED;
        }
        repository.setProfileText(accountId, checked, state);
        events.publishEvent(new ProfileTextChanged(accountId, state));
        return state;
    }
}
