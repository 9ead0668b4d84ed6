package nl.raadsplein.account;

import java.time.Clock;
import java.time.Instant;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from {@code raadsplein.admin.email} and {@code raadsplein.admin.password}
 * (environment RAADSPLEIN_ADMIN_EMAIL and RAADSPLEIN_ADMIN_PASSWORD) while no account is an administrator.
 * There is no default password: without both properties nobody is made administrator.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository repository;
    private final RoleRepository roles;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final @Nullable String email;
    private final @Nullable String password;
    private final String name;

    @Autowired
    FirstAdministrator(
            AccountRepository repository,
            RoleRepository roles,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Clock clock,
            AccountProperties properties) {
        this(
                repository,
                roles,
                passwordPolicy,
                passwordEncoder,
                audit,
                clock,
                properties.admin().email(),
                properties.admin().password(),
                properties.admin().name());
    }

    FirstAdministrator(
            AccountRepository repository,
            RoleRepository roles,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Clock clock,
            @Nullable String email,
            @Nullable String password,
            String name) {
        this.repository = repository;
        this.roles = roles;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    /**
     * An account that already has the address (someone may have registered it first) gets the configured
     * password, so that whoever chose the old one cannot use the new rights.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(email) && !StringUtils.hasText(password)) {
            return;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            throw new IllegalStateException(
                    "Set both raadsplein.admin.email and raadsplein.admin.password, or neither");
        }
        String checkedEmail;
        String checkedName;
        try {
            checkedEmail = TextInput.email("email", email);
            checkedName = TextInput.line("name", name, AccountInput.DISPLAY_NAME_LENGTH);
            passwordPolicy.check("password", password, checkedEmail, checkedName);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(
                    "raadsplein.admin." + e.field() + " is not acceptable (" + e.messageKey()
                            + "); the first administrator was not created",
                    e);
        }
        if (roles.hasAdministrator()) {
            return;
        }
        Instant now = clock.instant();
        String hash = AccountSecurityConfiguration.hash(passwordEncoder, password);
        long id = repository
                .insertAccount(checkedEmail, checkedName, hash, "nl", now, now)
                .orElseGet(() -> {
                    long existing = repository.accountIdByEmail(checkedEmail).orElseThrow();
                    repository.setPassword(existing, hash);
                    repository.confirmEmail(existing, now);
                    return existing;
                });
        roles.grant(id, Role.RESIDENT, null, now);
        roles.grant(id, Role.ADMIN, null, now);
        AccountProvisioning.asSystem(
                () -> audit.record(null, "ROLE_GRANTED", "ACCOUNT", id, null, "role=ADMIN first administrator"));
        LOG.info("Made {} the first administrator", checkedEmail);
    }
}
