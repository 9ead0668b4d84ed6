package nl.raadsplein.privacy;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_TOKEN;
import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.jooq.Tables.LOGIN_THROTTLE;
import static nl.raadsplein.jooq.Tables.MAIL_OUTBOX;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.CensusFixtures;
import nl.raadsplein.account.ExportStatus;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.MemberInvitation;
import nl.raadsplein.account.OrganisationDraft;
import nl.raadsplein.account.Registration;
import nl.raadsplein.account.RetentionRuns;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.jooq.tables.records.AccountRecord;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.proposal.ProposalDetails;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Retention (ADR 19) with the defaults: two years without a login, warnings 30 and 7 days before the date, unconfirmed
 * accounts after 30 days, login records after an hour. The clock moves years here, so this class has its own
 * context (and database) and the nightly schedule is off: the test runs the job.
 */
class RetentionTest extends PersonalDataTestBase {

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    @Autowired
    RetentionRuns retention;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void noSchedule(DynamicPropertyRegistry registry) {
        registry.add("raadsplein.retention.cron", () -> "-");
    }

    @Test
    void an_inactive_account_is_warned_30_and_7_days_before_the_date_then_deleted_as_its_owner_would_delete_it() {
        Person person = Person.unique();
        AccountPrincipal resident = register(person);
        Traces traces = useEverything(person, resident);
        awaitExport(resident, ExportStatus.READY);
        Mails.await(smtp, person.email(), 3);
        Instant deletion = deletionDay(lastActive(resident));

        moveTo(deletion.minus(Duration.ofDays(31)));
        twice();
        assertThat(warnings(person, "nl")).as("31 days before: no warning yet").isZero();

        moveTo(deletion.minus(Duration.ofDays(30)));
        twice();
        assertThat(warnings(person, "nl"))
                .as("30 days before: one warning, however often the job runs")
                .isOne();
        Mails.Mail first = warningMail(person, 1);
        assertThat(first.subject()).isEqualTo(subject("nl"));
        assertThat(first.body())
                .contains(person.name())
                .contains(dutchDate(deletion))
                .contains("http://localhost:8080/inloggen");
        assertThat(account(resident).getRetentionDeletionAt()).isEqualTo(deletion);

        moveTo(deletion.minus(Duration.ofDays(8)));
        twice();
        assertThat(warnings(person, "nl")).isOne();
        moveTo(deletion.minus(Duration.ofDays(7)));
        twice();
        assertThat(warnings(person, "nl"))
                .as("7 days before: the second warning, once")
                .isEqualTo(2);
        assertThat(warningMail(person, 2).body()).contains(dutchDate(deletion));

        moveTo(deletion.minus(Duration.ofMinutes(1)));
        twice();
        assertThat(account(resident).getDeletedAt())
                .as("not before the date the mails named")
                .isNull();

        moveTo(deletion);
        twice();
        assertThat(account(resident).getDeletedAt()).isNotNull();
        assertThat(hits(person))
                .as("the same erasure as the owner's own deletion")
                .isEmpty();
        assertThat(logsIn(person.email(), PASSWORD)).isFalse();
        TestAccounts.signInAnonymously();
        ProposalDetails proposal = proposals.proposal(traces.ownProposalId());
        assertThat(proposal.title()).isEqualTo("Een bankje bij de bieb");
        assertThat(proposal.authorName()).as("shown as 'een oud-deelnemer'").isBlank();
        TestAccounts.signOut();
        var entries = dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.eq("ACCOUNT_DELETED"))
                .and(AUDIT_ENTRY.ITEM_ID.eq(resident.accountId()))
                .fetch();
        assertThat(entries).as("deleted once, by the system").hasSize(1);
        assertThat(entries.getFirst().getActorId()).isNull();
        assertThat(entries.getFirst().getDetails()).isEqualTo("retention=inactive");
        assertThat(as(fixtures.account(Role.ADMIN), () -> audit.check().intact()))
                .isTrue();
    }

    @Test
    void logging_in_after_a_warning_keeps_the_account_and_the_warnings_may_come_again_later() {
        Person person = Person.unique();
        AccountPrincipal resident = register(person, "en");
        Instant deletion = deletionDay(lastActive(resident));
        moveTo(deletion.minus(Duration.ofDays(30)));
        retention.run();
        assertThat(warnings(person, "en")).isOne();
        Mails.Mail warning = warningMail(person, 1);
        assertThat(warning.subject()).as("in the account's language").isEqualTo(subject("en"));
        assertThat(warning.body()).contains(englishDate(deletion));

        clock.advance(Duration.ofDays(1));
        assertThat(logsIn(person.email(), PASSWORD)).isTrue();
        assertThat(account(resident).getRetentionDeletionAt()).isNull();
        assertThat(account(resident).getRetentionWarnings()).isZero();

        moveTo(deletion.plus(Duration.ofDays(1)));
        twice();
        assertThat(account(resident).getDeletedAt()).isNull();
        assertThat(warnings(person, "en"))
                .as("nothing more while the login is recent")
                .isOne();

        Instant later = deletionDay(lastActive(resident));
        moveTo(later.minus(Duration.ofDays(30)));
        retention.run();
        assertThat(warnings(person, "en"))
                .as("two years after the login, the warnings start again")
                .isEqualTo(2);
        assertThat(account(resident).getRetentionDeletionAt()).isEqualTo(later);
    }

    @Test
    void two_instances_running_at_once_mail_each_warning_once_and_delete_once() throws Exception {
        List<AccountPrincipal> residents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            residents.add(testAccounts.create());
        }
        Instant deletion = deletionDay(lastActive(residents.getLast()));
        List<Duration> steps = List.of(Duration.ofDays(30), Duration.ofDays(7), Duration.ZERO);
        for (int step = 0; step < steps.size(); step++) {
            moveTo(deletion.minus(steps.get(step)));
            try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
                List<Future<?>> runs = List.of(instances.submit(retention::run), instances.submit(retention::run));
                for (Future<?> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            }
            if (step < 2) {
                // the warning leaves before the deletion erases the outbox's rows to the address
                int expected = (step + 1) * residents.size();
                List<Mails.Mail> warnings = Awaitility.await((step + 1) + " warning(s) each")
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> mailsTo(residents), mails -> mails.size() >= expected);
                assertThat(warnings).as("none twice").hasSize(expected);
            }
        }
        for (AccountPrincipal resident : residents) {
            assertThat(account(resident).getDeletedAt()).isNotNull();
            assertThat(dsl.fetchCount(
                            AUDIT_ENTRY,
                            AUDIT_ENTRY.ACTION.eq("ACCOUNT_DELETED").and(AUDIT_ENTRY.ITEM_ID.eq(resident.accountId()))))
                    .isOne();
        }
    }

    private static List<Mails.Mail> mailsTo(List<AccountPrincipal> residents) {
        return residents.stream()
                .flatMap(resident -> Mails.to(smtp, resident.email()).stream())
                .toList();
    }

    @Test
    void councillors_griffiers_and_administrators_are_neither_warned_nor_deleted() {
        List<AccountPrincipal> staff = List.of(
                testAccounts.create(Role.COUNCILLOR),
                testAccounts.create(Role.GRIFFIER),
                testAccounts.create(Role.ADMIN));
        AccountPrincipal resident = testAccounts.create();
        Instant deletion = deletionDay(lastActive(resident));
        for (Duration before : List.of(Duration.ofDays(30), Duration.ofDays(7), Duration.ZERO)) {
            moveTo(deletion.minus(before));
            retention.run();
        }
        assertThat(account(resident).getDeletedAt())
                .as("a resident made with them")
                .isNotNull();
        for (AccountPrincipal holder : staff) {
            AccountRecord row = account(holder);
            assertThat(row.getDeletedAt()).isNull();
            assertThat(row.getRetentionWarnings()).isZero();
            assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(holder.email())))
                    .isZero();
        }
    }

    @Test
    void an_account_never_confirmed_goes_after_30_days_without_a_mail() {
        Person person = Person.unique();
        TestAccounts.signInAnonymously();
        registration.register(new Registration(person.name(), person.email(), PASSWORD, "nl", TestAccounts.uniqueIp()));
        TestAccounts.signOut();
        Mails.awaitOne(smtp, person.email());
        long id = dsl.select(ACCOUNT.ID)
                .from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq(person.email()))
                .fetchSingle()
                .value1();

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        retention.run();
        assertThat(dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(id).and(ACCOUNT.DELETED_AT.isNull())))
                .isTrue();
        clock.advance(Duration.ofMinutes(1));
        twice();

        assertThat(dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(id).and(ACCOUNT.DELETED_AT.isNotNull())))
                .isTrue();
        assertThat(hits(person)).isEmpty();
        assertThat(Mails.to(smtp, person.email())).as("the confirmation only").hasSize(1);
        assertThat(dsl.fetchCount(
                        AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("ACCOUNT_DELETED").and(AUDIT_ENTRY.ITEM_ID.eq(id))))
                .isOne();
    }

    @Test
    void an_organisation_invitation_nobody_accepted_goes_after_30_days() {
        AccountPrincipal owner = fixtures.account();
        String nobody = TestAccounts.uniqueEmail("nooit-aangemeld");
        long organisation = as(owner, () -> {
            long id = organisations.createOrganisation(
                    new OrganisationDraft("Speeltuin " + nobody, CensusFixtures.uniqueKvkNumber(), null));
            organisations.inviteMember(new MemberInvitation(id, nobody, TestAccounts.uniqueIp()));
            return id;
        });

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        retention.run();
        assertThat(openInvitations(owner, organisation)).containsExactly(nobody);
        clock.advance(Duration.ofMinutes(1));
        retention.run();
        assertThat(openInvitations(owner, organisation)).isEmpty();
    }

    private List<String> openInvitations(AccountPrincipal owner, long organisation) {
        return as(owner, organisations::myOrganisations).stream()
                .filter(mine -> mine.organisation().id() == organisation)
                .findFirst()
                .orElseThrow()
                .openInvitations();
    }

    @Test
    void failed_logins_and_spent_tokens_are_removed_after_an_hour_even_when_no_one_fails_again() {
        Person person = Person.unique();
        AccountPrincipal resident = register(person);
        String stranger = TestAccounts.uniqueEmail("onbekend");
        failLogin(stranger);
        assertThat(dsl.fetchCount(LOGIN_THROTTLE, LOGIN_THROTTLE.THROTTLE_KEY.eq("address:" + stranger)))
                .isOne();
        assertThat(dsl.fetchCount(ACCOUNT_TOKEN, ACCOUNT_TOKEN.ACCOUNT_ID.eq(resident.accountId())))
                .as("the used confirmation link")
                .isOne();

        clock.advance(Duration.ofMinutes(59));
        retention.run();
        assertThat(dsl.fetchCount(LOGIN_THROTTLE, LOGIN_THROTTLE.THROTTLE_KEY.eq("address:" + stranger)))
                .isOne();

        clock.advance(Duration.ofMinutes(2));
        retention.run();
        assertThat(dsl.fetchCount(LOGIN_THROTTLE, LOGIN_THROTTLE.THROTTLE_KEY.eq("address:" + stranger)))
                .isZero();
        assertThat(dsl.fetchCount(ACCOUNT_TOKEN, ACCOUNT_TOKEN.ACCOUNT_ID.eq(resident.accountId())))
                .isZero();
        assertThat(account(resident).getDeletedAt()).isNull();
    }

    /** The job as two instances would run it one after the other: the second must find nothing left to do. */
    private void twice() {
        retention.run();
        retention.run();
    }

    /** Moves the clock forward to the moment; the clock never goes back. */
    private void moveTo(Instant moment) {
        Duration ahead = Duration.between(clock.instant(), moment);
        assertThat(ahead.isNegative())
                .as("the test's moments follow each other")
                .isFalse();
        clock.advance(ahead);
    }

    private AccountRecord account(AccountPrincipal principal) {
        return dsl.selectFrom(ACCOUNT)
                .where(ACCOUNT.ID.eq(principal.accountId()))
                .fetchSingle();
    }

    private Instant lastActive(AccountPrincipal principal) {
        return account(principal).getLastActiveAt();
    }

    /**
     * The first start of a day, in the municipality, at or after two years of inactivity. The test clock stands
     * still, so an account made right after a move of the clock to a midnight was last active at that midnight.
     */
    private static Instant deletionDay(Instant lastActive) {
        ZonedDateTime inactive = lastActive.atZone(MUNICIPALITY).plusYears(2);
        ZonedDateTime start = inactive.toLocalDate().atStartOfDay(MUNICIPALITY);
        return (start.equals(inactive) ? start : start.plusDays(1)).toInstant();
    }

    /** The warnings queued for the person (the outbox keeps sent mails for 30 days). */
    private int warnings(Person person, String language) {
        return dsl.fetchCount(
                MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(person.email()).and(MAIL_OUTBOX.SUBJECT.eq(subject(language))));
    }

    /** The {@code count}th warning to reach the person's mailbox, after checking no other came. */
    private Mails.Mail warningMail(Person person, int count) {
        List<Mails.Mail> received = Awaitility.await(count + " warning(s)")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> Mails.to(smtp, person.email()).stream()
                                .filter(mail -> mail.subject().equals(subject("nl"))
                                        || mail.subject().equals(subject("en")))
                                .toList(),
                        mails -> mails.size() >= count);
        assertThat(received).hasSize(count);
        return received.getLast();
    }

    private String subject(String language) {
        return messages.getMessage("account.mail.inactive.subject", null, Locale.forLanguageTag(language));
    }

    private static String dutchDate(Instant moment) {
        return date(moment, Locale.forLanguageTag("nl"));
    }

    private static String englishDate(Instant moment) {
        return date(moment, Locale.forLanguageTag("en"));
    }

    private static String date(Instant moment, Locale locale) {
        LocalDate day = moment.atZone(MUNICIPALITY).toLocalDate();
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
