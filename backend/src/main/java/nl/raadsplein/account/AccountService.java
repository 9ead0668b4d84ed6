package nl.raadsplein.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.notification.MailSender;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NotFoundException;
import nl.raadsplein.platform.TextInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, their roles and the council's parties. Anyone may register and use the links mailed to them;
 * the griffier and administrators appoint councillors and griffiers; only administrators appoint administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    static final int DISPLAY_NAME_LENGTH = 80;
    static final int PARTY_NAME_LENGTH = 100;
    static final int PARTY_ABBREVIATION_LENGTH = 20;
    static final int MAX_PAGE = 500;
    // Base64url of 32 bytes is 43 characters; anything much longer is not ours.
    private static final int MAX_TOKEN_LENGTH = 64;

    private final AccountRepository repository;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle loginThrottle;
    private final MailSender mailSender;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
            LoginThrottle loginThrottle, MailSender mailSender, Clock clock,
            @Value("${raadsplein.base-url}") String baseUrl) {
        this.repository = repository;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.loginThrottle = loginThrottle;
        this.mailSender = mailSender;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Creates an unconfirmed resident account and mails a confirmation link. If the address already has an
     * account, nothing changes and its owner is told by mail instead, so that the form never shows which
     * addresses are registered.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(Registration registration) {
        if (registration == null) {
            throw new InvalidInputException("email", "error.required");
        }
        String displayName = TextInput.line("displayName", registration.displayName(), DISPLAY_NAME_LENGTH);
        String email = TextInput.email("email", registration.email());
        passwordPolicy.check("password", registration.password(), email, displayName);
        String language = language(registration.language());
        // Hashed even when the address turns out taken: both answers then take as long.
        String hash = passwordEncoder.encode(registration.password());
        Instant now = clock.instant();
        Optional<Long> created = repository.insertAccount(email, displayName, hash, language, now, null);
        if (created.isEmpty()) {
            Account owner = repository.accountIdByEmail(email).flatMap(repository::account).orElseThrow();
            mailSender.send(owner.email(), owner.language(), "account.mail.already-registered",
                    owner.displayName(), baseUrl + "/account/wachtwoord-herstellen");
            return;
        }
        long accountId = created.get();
        repository.grant(accountId, Role.RESIDENT, null, now);
        String token = newToken(accountId, TokenPurpose.CONFIRM_EMAIL, now);
        mailSender.send(email, language, "account.mail.confirm", displayName,
                baseUrl + "/account/bevestigen/" + token);
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void confirmEmail(String token) {
        Instant now = clock.instant();
        long accountId = useToken(TokenPurpose.CONFIRM_EMAIL, token, now);
        repository.confirmEmail(accountId, now);
    }

    /** Mails a reset link if the address has an account; says nothing either way. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestPasswordReset(String email) {
        String address = TextInput.email("email", email);
        repository.accountIdByEmail(address).flatMap(repository::account).ifPresent(account -> {
            String token = newToken(account.id(), TokenPurpose.RESET_PASSWORD, clock.instant());
            mailSender.send(account.email(), account.language(), "account.mail.reset-password",
                    account.displayName(), baseUrl + "/account/wachtwoord-herstellen/" + token);
        });
    }

    /**
     * Sets a new password with a mailed link. Following the link proves the address, so it also confirms it,
     * and lifts a login throttle on it: the owner is never locked out for good.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        long accountId = useToken(TokenPurpose.RESET_PASSWORD, token, now);
        Account account = repository.account(accountId).orElseThrow();
        passwordPolicy.check("password", newPassword, account.email(), account.displayName());
        repository.setPassword(accountId, passwordEncoder.encode(newPassword));
        repository.confirmEmail(accountId, now);
        repository.useAllTokens(accountId, TokenPurpose.RESET_PASSWORD, now);
        loginThrottle.forgive(account.email());
    }

    @PreAuthorize("isAuthenticated()")
    public Account me() {
        long id = currentAccountId();
        return repository.account(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Account account = me();
        if (currentPassword == null
                || !passwordEncoder.matches(currentPassword, repository.passwordHash(account.id()))) {
            throw new InvalidInputException("currentPassword", "account.error.password-wrong");
        }
        passwordPolicy.check("newPassword", newPassword, account.email(), account.displayName());
        repository.setPassword(account.id(), passwordEncoder.encode(newPassword));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateProfile(String displayName, String language) {
        Account account = me();
        repository.setProfile(account.id(), TextInput.line("displayName", displayName, DISPLAY_NAME_LENGTH),
                language(language));
    }

    /** Accounts whose name or address contains {@code query}, by name; {@code null} or blank for all. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public List<Account> findAccounts(String query, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return repository.find(query, offset, Math.min(limit, MAX_PAGE));
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public int countAccounts(String query) {
        return repository.count(query);
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void appointCouncillor(long accountId, long partyId) {
        Account account = appointable(accountId);
        Party party = repository.party(partyId).orElseThrow(() -> new NotFoundException("party " + partyId));
        if (!party.active()) {
            throw new InvalidInputException("party", "account.error.party-inactive");
        }
        repository.setParty(account.id(), party.id());
        repository.grant(account.id(), Role.COUNCILLOR, currentAccountId(), clock.instant());
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void appointGriffier(long accountId) {
        repository.grant(appointable(accountId).id(), Role.GRIFFIER, currentAccountId(), clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void appointAdministrator(long accountId) {
        repository.grant(appointable(accountId).id(), Role.ADMIN, currentAccountId(), clock.instant());
    }

    /** Takes a role away; revoking COUNCILLOR also clears the party. Everyone stays a resident. */
    @PreAuthorize("hasRole('ADMIN') or (hasRole('GRIFFIER') and #role != T(nl.raadsplein.account.Role).ADMIN)")
    @Transactional
    public void revokeRole(long accountId, Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "error.required");
        }
        if (role == Role.RESIDENT) {
            throw new InvalidInputException("role", "account.error.resident-permanent");
        }
        Account account = repository.account(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        if (role == Role.ADMIN) {
            List<Long> administrators = repository.lockAdministrators();
            if (administrators.contains(accountId) && administrators.size() == 1) {
                throw new InvalidInputException("role", "account.error.last-administrator");
            }
        }
        repository.revoke(account.id(), role);
        if (role == Role.COUNCILLOR && account.party() != null) {
            repository.setParty(account.id(), null);
        }
    }

    @PreAuthorize("permitAll()")
    public List<Party> parties() {
        return repository.parties();
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public long createParty(String name, String abbreviation) {
        String checkedName = TextInput.line("name", name, PARTY_NAME_LENGTH);
        String checkedAbbreviation = TextInput.line("abbreviation", abbreviation, PARTY_ABBREVIATION_LENGTH);
        checkPartyUnique(checkedName, checkedAbbreviation, 0);
        return repository.insertParty(checkedName, checkedAbbreviation, clock.instant());
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void updateParty(long partyId, String name, String abbreviation, boolean active, int version) {
        String checkedName = TextInput.line("name", name, PARTY_NAME_LENGTH);
        String checkedAbbreviation = TextInput.line("abbreviation", abbreviation, PARTY_ABBREVIATION_LENGTH);
        repository.party(partyId).orElseThrow(() -> new NotFoundException("party " + partyId));
        checkPartyUnique(checkedName, checkedAbbreviation, partyId);
        repository.updateParty(partyId, checkedName, checkedAbbreviation, active, version);
    }

    @PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER', 'ADMIN')")
    public List<Account> councillors(long partyId) {
        repository.party(partyId).orElseThrow(() -> new NotFoundException("party " + partyId));
        return repository.councillors(partyId);
    }

    private void checkPartyUnique(String name, String abbreviation, long exceptId) {
        if (repository.partyNameTaken(name, exceptId)) {
            throw new InvalidInputException("name", "account.error.party-name-taken");
        }
        if (repository.partyAbbreviationTaken(abbreviation, exceptId)) {
            throw new InvalidInputException("abbreviation", "account.error.party-abbreviation-taken");
        }
    }

    // Roles with power go only to addresses someone has shown to own.
    private Account appointable(long accountId) {
        Account account = repository.account(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        if (!account.emailConfirmed()) {
            throw new InvalidInputException("account", "account.error.not-confirmed");
        }
        return account;
    }

    private String newToken(long accountId, TokenPurpose purpose, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.insertToken(accountId, purpose, sha256(token), now);
        return token;
    }

    private long useToken(TokenPurpose purpose, String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidInputException("token", "account.error.token-invalid");
        }
        return repository.useToken(purpose, sha256(token), now)
                .orElseThrow(() -> new InvalidInputException("token", "account.error.token-invalid"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static String language(String language) {
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException("language", "account.error.language-unknown");
        }
        return language;
    }

    static long currentAccountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.accountId();
        }
        throw new AccessDeniedException("Not logged in with an account");
    }
}
