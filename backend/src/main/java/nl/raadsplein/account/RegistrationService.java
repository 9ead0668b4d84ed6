package nl.raadsplein.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.raadsplein.notification.MailSender;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.PlatformProperties;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering an account and the links mailed for it: confirming the address and resetting a forgotten password.
 * Anyone may register and use the links mailed to them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class RegistrationService {

    private final AccountRepository repository;
    private final RoleRepository roles;
    private final TokenRepository tokens;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle loginThrottle;
    private final MailSender mailSender;
    private final RateLimits limits;
    private final Clock clock;
    private final SessionEnding sessions;
    private final PlatformProperties platform;
    private final DeviceCookieRepository deviceCookies;

    RegistrationService(
            AccountRepository repository,
            RoleRepository roles,
            TokenRepository tokens,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            LoginThrottle loginThrottle,
            MailSender mailSender,
            RateLimits limits,
            Clock clock,
            SessionEnding sessions,
            PlatformProperties platform,
            DeviceCookieRepository deviceCookies) {
        this.repository = repository;
        this.roles = roles;
        this.tokens = tokens;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.loginThrottle = loginThrottle;
        this.mailSender = mailSender;
        this.limits = limits;
        this.clock = clock;
        this.sessions = sessions;
        this.platform = platform;
        this.deviceCookies = deviceCookies;
    }

    /**
     * Creates an unconfirmed resident account and mails a confirmation link. If the address already has a confirmed
     * account, nothing changes and its owner is told by mail instead, so that the form never shows which addresses
     * are registered. An account whose address was never confirmed is taken over by the new registration: whoever
     * registered it first (perhaps a stranger waiting for its owner to confirm it) loses its password and links.
     * Beyond the mail limits (ADR 24) nothing changes and nothing is mailed, with the same answer.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(Registration registration) {
        if (registration == null) {
            throw new InvalidInputException("email", "error.required");
        }
        String displayName = AccountInput.displayName(registration.displayName());
        String email = TextInput.email("email", registration.email());
        passwordPolicy.check("password", registration.password(), email, displayName);
        String language = AccountInput.language(registration.language());
        // Hashed even when the address turns out taken: all answers then take as long.
        String hash = AccountSecurityConfiguration.hash(passwordEncoder, registration.password());
        if (!limits.mayMail(RateLimits.Mail.REGISTRATION, email, registration.clientIp())) {
            return;
        }
        Instant now = clock.instant();
        Optional<Long> created = repository.insertAccount(email, displayName, hash, language, now, null);
        if (created.isPresent()) {
            roles.grant(created.get(), Role.RESIDENT, null, now);
            mailConfirmationLink(created.get(), email, language, displayName, now);
            return;
        }
        long existing = repository.accountIdByEmail(email).orElseThrow();
        if (repository.replaceUnconfirmed(existing, displayName, hash, language, now)) {
            tokens.useAllTokens(existing, TokenPurpose.CONFIRM_EMAIL, now);
            mailConfirmationLink(existing, email, language, displayName, now);
            return;
        }
        Account owner = repository.account(existing).orElseThrow();
        mailSender.send(
                owner.email(),
                owner.language(),
                "account.mail.already-registered",
                owner.displayName(),
                platform.link("/account/wachtwoord-herstellen"));
    }

    private void mailConfirmationLink(long accountId, String email, String language, String displayName, Instant now) {
        String token = newToken(accountId, TokenPurpose.CONFIRM_EMAIL, now);
        mailSender.send(
                email, language, "account.mail.confirm", displayName, platform.link("/account/bevestigen/" + token));
    }

    /** Whether a confirmation link still works, so that its page can say so before asking for the password. */
    @PreAuthorize("permitAll()")
    public boolean confirmationLinkWorks(@Nullable String token) {
        return token != null
                && SecretTokens.plausible(token)
                && tokens.isValid(TokenPurpose.CONFIRM_EMAIL, SecretTokens.sha256(token), clock.instant());
    }

    /**
     * Confirms the address with the mailed link and the password chosen at registration. The link alone is not
     * enough: else a stranger who registered someone else's address would hold the account once its owner, trusting
     * the mail, followed the link. A wrong password changes nothing but counts as a failed login, and the link
     * keeps working.
     */
    @PreAuthorize("permitAll()")
    // The attempt counted by the throttle must outlive the refusal.
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void confirmEmail(EmailConfirmation confirmation) {
        Instant now = clock.instant();
        String token = confirmation == null ? null : confirmation.token();
        if (token == null || !SecretTokens.plausible(token)) {
            throw new InvalidInputException("token", "account.error.token-invalid");
        }
        TokenRepository.ValidToken valid = tokens.lockValidToken(
                        TokenPurpose.CONFIRM_EMAIL, SecretTokens.sha256(token), now)
                .orElseThrow(() -> new InvalidInputException("token", "account.error.token-invalid"));
        Account account = repository
                .account(valid.accountId())
                .orElseThrow(() -> new InvalidInputException("token", "account.error.token-invalid"));
        String clientIp = ThrottledAuthenticationProvider.clientIp(confirmation.clientIp());
        LoginThrottle.Counted counted = switch (loginThrottle.count(account.email(), clientIp, null)) {
            case LoginThrottle.Refused refused -> {
                long minutes = Math.max(1, (refused.retryAfter().toSeconds() + 59) / 60);
                throw new InvalidInputException("password", "account.error.login-throttled", minutes);
            }
            case LoginThrottle.Counted attempt -> attempt;
        };
        String password = confirmation.password();
        if (password == null
                || password.isEmpty()
                || password.length() > PasswordPolicy.MAX_LENGTH
                || !passwordEncoder.matches(password, repository.passwordHash(account.id()))) {
            throw new InvalidInputException("password", "account.error.confirm-password-wrong");
        }
        loginThrottle.succeeded(counted);
        tokens.markUsed(valid.id(), now);
        repository.confirmEmail(account.id(), now);
    }

    /**
     * Mails a reset link if the address has an account; says nothing either way. Beyond the mail limits (ADR 24),
     * counted whether or not the address has an account, no link is made and nothing is mailed.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestPasswordReset(PasswordResetRequest request) {
        String address = TextInput.email("email", request == null ? null : request.email());
        if (!limits.mayMail(RateLimits.Mail.PASSWORD_RESET, address, request.clientIp())) {
            return;
        }
        repository.accountIdByEmail(address).flatMap(repository::account).ifPresent(account -> {
            String token = newToken(account.id(), TokenPurpose.RESET_PASSWORD, clock.instant());
            mailSender.send(
                    account.email(),
                    account.language(),
                    "account.mail.reset-password",
                    account.displayName(),
                    platform.link("/account/wachtwoord-herstellen/" + token));
        });
    }

    /**
     * Sets a new password with a mailed link. Following the link proves the address, so it also confirms it, and
     * lifts a login throttle on it: the owner is never locked out for good. The link itself is never throttled. No
     * browser is trusted any more (ADR 22): each gets a new device cookie at its next login.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(PasswordReset reset) {
        Instant now = clock.instant();
        long accountId = useToken(TokenPurpose.RESET_PASSWORD, reset == null ? null : reset.token(), now);
        Account account = repository.account(accountId).orElseThrow();
        passwordPolicy.check("password", reset.password(), account.email(), account.displayName());
        repository.setPassword(accountId, AccountSecurityConfiguration.hash(passwordEncoder, reset.password()));
        repository.confirmEmail(accountId, now);
        tokens.useAllTokens(accountId, TokenPurpose.RESET_PASSWORD, now);
        // whoever was logged in with the old password is logged out
        sessions.endSessionsOf(accountId);
        // A stranger who knew the old password may have made their browser trusted; only the owner's count now.
        deviceCookies.revokeAll(accountId);
        loginThrottle.forgive(account.email());
    }

    private String newToken(long accountId, TokenPurpose purpose, Instant now) {
        String token = SecretTokens.newToken();
        tokens.insertToken(accountId, purpose, SecretTokens.sha256(token), now);
        return token;
    }

    private long useToken(TokenPurpose purpose, @Nullable String token, Instant now) {
        if (token == null || !SecretTokens.plausible(token)) {
            throw new InvalidInputException("token", "account.error.token-invalid");
        }
        return tokens.useToken(purpose, SecretTokens.sha256(token), now)
                .orElseThrow(() -> new InvalidInputException("token", "account.error.token-invalid"));
    }
}
