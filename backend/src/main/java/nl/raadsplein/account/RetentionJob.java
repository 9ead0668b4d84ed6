package nl.raadsplein.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.notification.MailSender;
import nl.raadsplein.platform.PlatformProperties;
import org.jooq.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what is kept too long (ADR 19), every night: an account nobody logged in to for {@code
 * raadsplein.retention.inactive-after} is warned by mail before the deletion date it announces (30 and 7 days
 * unless configured), then deleted as its owner would delete it; an account whose address was never confirmed goes
 * without mail; old failed-login counters, spent tokens and device cookies unused for a year go. Each account is acted on in its own transaction, locked, and
 * only if it is still due then: two instances running at once neither mail twice nor delete twice.
 */
@Component
class RetentionJob {

    static final int BATCH = 100;

    private static final String LOGIN_PATH = "/inloggen";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRepository retention;
    private final AccountRepository accounts;
    private final AccountRemoval removal;
    private final LoginThrottle throttle;
    private final TokenRepository tokens;
    private final DeviceCookieRepository deviceCookies;
    private final OrganisationRepository organisations;
    private final MailSender mail;
    private final PlatformProperties platform;
    private final RetentionProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RetentionJob(
            RetentionRepository retention,
            AccountRepository accounts,
            AccountRemoval removal,
            LoginThrottle throttle,
            TokenRepository tokens,
            DeviceCookieRepository deviceCookies,
            OrganisationRepository organisations,
            MailSender mail,
            PlatformProperties platform,
            RetentionProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.retention = retention;
        this.accounts = accounts;
        this.removal = removal;
        this.throttle = throttle;
        this.tokens = tokens;
        this.deviceCookies = deviceCookies;
        this.organisations = organisations;
        this.mail = mail;
        this.platform = platform;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        // A row another instance has just acted on must be read as it committed it (see lockIfDue).
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Scheduled(
            cron = "${raadsplein.retention.cron:0 20 3 * * *}",
            zone = "${raadsplein.retention.zone:Europe/Amsterdam}")
    void run() {
        // The audit trail and the erasures take an authenticated caller: the job acts as the system.
        AccountProvisioning.asSystem(() -> {
            runAsSystem();
            return null;
        });
    }

    private void runAsSystem() {
        Instant now = clock.instant();
        List<Duration> warnings = properties.warnings();
        // The first warning goes once the end of the period is that close, and fixes the deletion date that far
        // from now: nobody gets less notice than promised, whenever the job last ran.
        Instant activeBefore = now.plus(warnings.getFirst())
                .atZone(CensusFacts.MUNICIPALITY_ZONE)
                .minus(properties.inactiveAfter())
                .toInstant();
        int warned = forEachDue(
                RetentionRepository.firstWarningDue(activeBefore),
                (account, due) -> warn(account, deletionDay(now.plus(warnings.getFirst())), 1));
        for (int sent = 1; sent < warnings.size(); sent++) {
            int next = sent + 1;
            warned += forEachDue(
                    RetentionRepository.nextWarningDue(sent, now.plus(warnings.get(sent))),
                    (account, due) -> warn(account, Objects.requireNonNull(due.deletionAt()), next));
        }
        int inactive = forEachDue(
                RetentionRepository.deletionDue(warnings.size(), now),
                (account, due) -> removal.remove(account, null, "retention=inactive"));
        int unconfirmed = forEachDue(
                RetentionRepository.unconfirmedSince(now.minus(properties.unconfirmedAfter())),
                (account, due) -> removal.remove(account, null, "retention=unconfirmed"));
        Instant recordsBefore = now.minus(properties.loginRecordsAfter());
        Integer records = transactions.execute(status -> throttle.forgetBefore(recordsBefore)
                + tokens.deleteFinishedBefore(recordsBefore)
                + deviceCookies.deleteUnusedSince(now.minus(DeviceCookieService.LIFETIME)));
        // An invitation holds an address that may have no account: it is kept as long as an unconfirmed account.
        Integer invitations = transactions.execute(
                status -> organisations.deleteInvitationsMadeBy(now.minus(properties.unconfirmedAfter())));
        LOG.info(
                "Retention: {} warnings mailed, {} inactive and {} unconfirmed accounts deleted, {} login records"
                        + " and {} organisation invitations removed",
                warned,
                inactive,
                unconfirmed,
                records,
                invitations);
    }

    /**
     * Acts on every account that meets the condition, each in its own transaction and only if it still does once
     * locked; returns on how many it acted. An account another instance holds is left to it.
     */
    private int forEachDue(Condition condition, BiConsumer<Account, RetentionRepository.Due> act) {
        int acted = 0;
        List<Long> batch;
        boolean progress;
        do {
            batch = transactions.execute(status -> retention.due(condition, BATCH));
            progress = false;
            for (long id : batch == null ? List.<Long>of() : batch) {
                Boolean done;
                try {
                    done = transactions.execute(status -> {
                        Optional<RetentionRepository.Due> due = retention.lockIfDue(id, condition);
                        Optional<Account> account = due.flatMap(d -> accounts.account(d.id()));
                        if (due.isEmpty() || account.isEmpty()) {
                            return false;
                        }
                        act.accept(account.get(), due.get());
                        return true;
                    });
                } catch (RuntimeException e) {
                    // One account's trouble must not keep the others for ever. The log names the number and the
                    // kind of failure only: a message may quote the address, and logs outlive accounts (ADR 15).
                    LOG.warn(
                            "Retention could not act on account {} ({})",
                            id,
                            e.getClass().getName());
                    done = false;
                }
                if (Boolean.TRUE.equals(done)) {
                    acted++;
                    progress = true;
                }
            }
        } while (progress && batch != null && batch.size() == BATCH);
        return acted;
    }

    private void warn(Account account, Instant deletionAt, int warnings) {
        LocalDate day = deletionAt.atZone(CensusFacts.MUNICIPALITY_ZONE).toLocalDate();
        String date = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(account.language())));
        mail.send(
                account.email(),
                account.language(),
                "account.mail.inactive",
                account.displayName(),
                date,
                platform.link(LOGIN_PATH));
        retention.warned(account.id(), deletionAt, warnings);
    }

    /**
     * The first start of a day at or after {@code moment}, in the municipality: the mail names that day, and the
     * night's run on it deletes.
     */
    private static Instant deletionDay(Instant moment) {
        ZonedDateTime start =
                moment.atZone(CensusFacts.MUNICIPALITY_ZONE).toLocalDate().atStartOfDay(CensusFacts.MUNICIPALITY_ZONE);
        return (start.toInstant().equals(moment) ? start : start.plusDays(1)).toInstant();
    }
}
