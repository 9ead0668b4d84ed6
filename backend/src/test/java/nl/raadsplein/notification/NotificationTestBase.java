package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.MAIL_OUTBOX;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.proposal.ProposalState;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification tests share one application on one embedded MariaDB and a real SMTP server.
 * Consultations and proposals are inserted as rows: their own features are built elsewhere. The SMTP port is
 * a free one, so that test runs of other checkouts on the same machine do not take it.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import({AccountTestConfiguration.class, NotificationTestBase.Events.class})
abstract class NotificationTestBase {

    static final int SMTP_PORT = Mails.freePort();

    static GreenMail smtp;

    @Autowired
    NotificationService notifications;

    @Autowired
    Notifier notifier;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Events events;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = newSmtpServer();
        smtp.start();
    }

    static GreenMail newSmtpServer() {
        return Mails.newServer(SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Every {@link NotificationsChanged} the application publishes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Events {

        final List<NotificationsChanged> received = new CopyOnWriteArrayList<>();

        @TransactionalEventListener(fallbackExecution = true)
        void on(NotificationsChanged event) {
            received.add(event);
        }

        List<NotificationsChanged> about(long accountId) {
            return received.stream()
                    .filter(e -> e.accountIds().contains(accountId))
                    .toList();
        }
    }

    AccountPrincipal account(String language, NotificationFrequency frequency) {
        AccountPrincipal principal = testAccounts.create();
        transactions.executeWithoutResult(status -> dsl.update(ACCOUNT)
                .set(ACCOUNT.LANGUAGE, language)
                .set(ACCOUNT.NOTIFICATION_FREQUENCY, frequency)
                .where(ACCOUNT.ID.eq(principal.accountId()))
                .execute());
        return principal;
    }

    long consultation() {
        AccountPrincipal creator = testAccounts.create();
        Instant now = clock.instant();
        return transactions.execute(status -> dsl.insertInto(CONSULTATION)
                .set(CONSULTATION.TITLE, "Groen in de wijk")
                .set(CONSULTATION.SUMMARY, "Samenvatting")
                .set(CONSULTATION.BODY, "Tekst")
                .set(CONSULTATION.INFORMATION_FROM, now)
                .set(CONSULTATION.PROPOSALS_FROM, now)
                .set(CONSULTATION.SUPPORTS_FROM, now)
                .set(CONSULTATION.DELIBERATION_FROM, now.plusSeconds(86_400))
                .set(CONSULTATION.CLOSED_FROM, now.plusSeconds(2 * 86_400))
                .set(CONSULTATION.SUPPORT_THRESHOLD, 10)
                .set(CONSULTATION.MAX_PROPOSALS_PER_RESIDENT, 3)
                .set(CONSULTATION.EDIT_WINDOW_MINUTES, 30)
                .set(CONSULTATION.SUPPORTS_REQUIRE_VERIFICATION, false)
                .set(CONSULTATION.PREMODERATION, false)
                .set(CONSULTATION.CREATED_BY, creator.accountId())
                .set(CONSULTATION.CREATED_AT, now)
                .set(CONSULTATION.UPDATED_AT, now)
                .returning(CONSULTATION.ID)
                .fetchSingle(CONSULTATION.ID));
    }

    long proposal() {
        long consultation = consultation();
        AccountPrincipal author = testAccounts.create();
        Instant now = clock.instant();
        return transactions.execute(status -> dsl.insertInto(PROPOSAL)
                .set(PROPOSAL.CONSULTATION_ID, consultation)
                .set(PROPOSAL.AUTHOR_ID, author.accountId())
                .set(PROPOSAL.TITLE, "Meer bomen")
                .set(PROPOSAL.BODY, "Plant meer bomen")
                .set(PROPOSAL.STATE, ProposalState.PUBLISHED)
                .set(PROPOSAL.CREATED_AT, now)
                .set(PROPOSAL.UPDATED_AT, now)
                .returning(PROPOSAL.ID)
                .fetchSingle(PROPOSAL.ID));
    }

    /** The account's own notifications, newest first, as its bell shows them. */
    List<Notification> mineAs(AccountPrincipal who) {
        TestAccounts.signIn(who);
        try {
            return notifications.mine(0, 50);
        } finally {
            TestAccounts.signOut();
        }
    }

    /** Makes each account follow the target, as a feature would on their behalf. */
    void follow(FollowTarget type, long targetId, AccountPrincipal... followers) {
        for (AccountPrincipal follower : followers) {
            TestAccounts.signIn(follower);
            notifications.follow(type, targetId);
        }
        TestAccounts.signOut();
    }

    int outboxRows(String recipient) {
        return transactions.execute(status -> dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(recipient)));
    }

    /**
     * Waits until the outbox sender has taken a marker mail queued now and due now. It takes due mails oldest
     * first, so by then it has sent, or tried and failed to send, every mail that was due before: a mail that has
     * not arrived by then was not going to. Works with the SMTP server down too, the marker then fails.
     */
    void awaitTheOutboxSender() {
        String marker = TestAccounts.uniqueEmail("merkteken");
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, marker)
                .set(MAIL_OUTBOX.SUBJECT, "Merkteken")
                .set(MAIL_OUTBOX.BODY, "Merkteken")
                .set(MAIL_OUTBOX.MESSAGE_ID, UUID.randomUUID() + "@raadsplein.test")
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT, now)
                .execute());
        await("the outbox sender took the marker mail")
                .atMost(Duration.ofSeconds(10))
                .until(() -> transactions.execute(status -> dsl.fetchExists(
                        MAIL_OUTBOX,
                        MAIL_OUTBOX
                                .RECIPIENT
                                .eq(marker)
                                .and(MAIL_OUTBOX.SENT_AT.isNotNull().or(MAIL_OUTBOX.ATTEMPTS.gt(0))))));
    }
}
