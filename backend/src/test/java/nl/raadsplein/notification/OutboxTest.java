package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.TestAccounts;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxTest extends NotificationTestBase {

    @Autowired
    MailSender mailSender;

    @Autowired
    OutboxSender sender;

    private Record row(String recipient) {
        return transactions.execute(status -> dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(recipient))
                .fetchSingle());
    }

    private void sendResetMail(String to) {
        mailSender.send(to, "nl", "account.mail.reset-password", "Iemand", "http://localhost:8080/x");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<MimeMessage> receivedBy(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.toString(m.getAllRecipients()).contains(address);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void a_mail_is_queued_in_the_callers_transaction_and_leaves_with_its_message_id_as_plain_text() throws Exception {
        String to = TestAccounts.uniqueEmail("outbox");
        transactions.executeWithoutResult(status -> {
            sendResetMail(to);
            assertThat(outboxRows(to)).as("queued, not yet sent").isEqualTo(1);
        });

        Mails.Mail mail = Mails.awaitOne(smtp, to);
        assertThat(mail.subject()).isEqualTo("Nieuw wachtwoord voor Raadsplein");
        MimeMessage message = receivedBy(smtp, to).getFirst();
        Record row = row(to);
        assertThat(messageId(message)).isEqualTo("<" + row.get(MAIL_OUTBOX.MESSAGE_ID) + ">");
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        await("marked sent").atMost(Duration.ofSeconds(10)).until(() -> row(to).get(MAIL_OUTBOX.SENT_AT) != null);
        assertThat(row(to).get(MAIL_OUTBOX.ATTEMPTS)).isZero();
    }

    @Test
    void once_a_mail_has_left_its_link_rests_nowhere_in_the_database() {
        String to = TestAccounts.uniqueEmail("gewist");
        String link = "http://localhost:8080/wachtwoord/" + java.util.UUID.randomUUID();
        mailSender.send(to, "nl", "account.mail.reset-password", "Iemand", link);

        assertThat(Mails.awaitOne(smtp, to).body()).contains(link);
        await("marked sent").atMost(Duration.ofSeconds(10)).until(() -> row(to).get(MAIL_OUTBOX.SENT_AT) != null);
        assertThat(row(to).get(MAIL_OUTBOX.BODY)).isEmpty();
        assertThat(row(to).get(MAIL_OUTBOX.SUBJECT)).isEqualTo("Nieuw wachtwoord voor Raadsplein");
        Integer withLink = transactions.execute(status -> dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.BODY.contains(link)));
        assertThat(withLink).isZero();
    }

    @Test
    void mails_that_left_or_were_given_up_on_are_removed_after_the_retention_the_waiting_stay() {
        Instant old = clock.instant().minus(Duration.ofDays(31));
        Instant recent = clock.instant().minus(Duration.ofDays(29));
        String sentLongAgo = queued(old, old, 0);
        String givenUpLongAgo = queued(old, null, OutboxSender.MAX_ATTEMPTS);
        String stillTrying = queued(old, null, 3);
        String sentRecently = queued(recent, recent, 0);

        sender.purgeFinished();

        assertThat(outboxRows(sentLongAgo)).isZero();
        assertThat(outboxRows(givenUpLongAgo)).isZero();
        assertThat(outboxRows(stillTrying)).isEqualTo(1);
        assertThat(outboxRows(sentRecently)).isEqualTo(1);
    }

    @Test
    void a_mail_given_up_on_after_its_last_attempt_keeps_no_link() {
        String to = TestAccounts.uniqueEmail("laatste-poging");
        Instant now = clock.instant();
        smtp.stop();
        try {
            transactions.executeWithoutResult(status -> dsl.insertInto(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.RECIPIENT, to)
                    .set(MAIL_OUTBOX.SUBJECT, "Nieuw wachtwoord")
                    .set(MAIL_OUTBOX.BODY, "http://localhost:8080/wachtwoord/geheim")
                    .set(MAIL_OUTBOX.MESSAGE_ID, java.util.UUID.randomUUID() + "@raadsplein.test")
                    .set(MAIL_OUTBOX.CREATED_AT, now)
                    .set(MAIL_OUTBOX.NEXT_ATTEMPT, now)
                    .set(MAIL_OUTBOX.ATTEMPTS, OutboxSender.MAX_ATTEMPTS - 1)
                    .execute());
            await("the last attempt")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> row(to).get(MAIL_OUTBOX.ATTEMPTS) == OutboxSender.MAX_ATTEMPTS);
        } finally {
            smtp = newSmtpServer();
            smtp.start();
        }
        assertThat(row(to).get(MAIL_OUTBOX.SENT_AT)).isNull();
        assertThat(row(to).get(MAIL_OUTBOX.BODY)).isEmpty();
    }

    /** A row as the outbox leaves it, created then; not due, so the sender leaves it alone. */
    private String queued(Instant created, Instant sent, int attempts) {
        String to = TestAccounts.uniqueEmail("bewaard");
        transactions.executeWithoutResult(status -> dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, to)
                .set(MAIL_OUTBOX.SUBJECT, "Bewaard")
                .set(MAIL_OUTBOX.BODY, "")
                .set(MAIL_OUTBOX.MESSAGE_ID, java.util.UUID.randomUUID() + "@raadsplein.test")
                .set(MAIL_OUTBOX.CREATED_AT, created)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT, clock.instant().plus(Duration.ofDays(365)))
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.SENT_AT, sent)
                .execute());
        return to;
    }

    @Test
    void a_rolled_back_transaction_sends_nothing() {
        String rolledBack = TestAccounts.uniqueEmail("teruggedraaid");
        transactions.executeWithoutResult(status -> {
            sendResetMail(rolledBack);
            status.setRollbackOnly();
        });
        String later = TestAccounts.uniqueEmail("later");
        sendResetMail(later);

        // Mails leave in order: once the later one has arrived, the rolled-back one would have too.
        Mails.awaitOne(smtp, later);
        assertThat(Mails.to(smtp, rolledBack)).isEmpty();
        assertThat(outboxRows(rolledBack)).isZero();
    }

    @Test
    void while_the_smtp_server_is_down_the_mail_waits_and_is_retried_later_and_delivered_exactly_once() {
        String to = TestAccounts.uniqueEmail("smtp-weg");
        smtp.stop();
        try {
            Instant queuedAt = clock.instant();
            sendResetMail(to);
            await("a failed attempt")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> row(to).get(MAIL_OUTBOX.ATTEMPTS) == 1);
            Record failed = row(to);
            assertThat(failed.get(MAIL_OUTBOX.SENT_AT)).isNull();
            assertThat(failed.get(MAIL_OUTBOX.LAST_ERROR)).isNotBlank();
            assertThat(failed.get(MAIL_OUTBOX.NEXT_ATTEMPT))
                    .isAfterOrEqualTo(queuedAt.plus(Duration.ofMinutes(1)).minusMillis(1));
            awaitTheOutboxSender();
            assertThat(row(to).get(MAIL_OUTBOX.ATTEMPTS))
                    .as("no retry before the back-off")
                    .isEqualTo(1);

            // Still down a minute later: the second attempt fails too and waits longer.
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            await("a second failed attempt")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> row(to).get(MAIL_OUTBOX.ATTEMPTS) == 2);
            assertThat(row(to).get(MAIL_OUTBOX.NEXT_ATTEMPT))
                    .isAfterOrEqualTo(
                            clock.instant().plus(Duration.ofMinutes(5)).minusMillis(1));
        } finally {
            smtp = newSmtpServer();
            smtp.start();
        }
        awaitTheOutboxSender();
        assertThat(Mails.to(smtp, to)).as("not before its next attempt").isEmpty();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        Mails.awaitOne(smtp, to);
        awaitTheOutboxSender();
        assertThat(Mails.to(smtp, to)).hasSize(1);
        Record sent = row(to);
        assertThat(sent.get(MAIL_OUTBOX.SENT_AT)).isNotNull();
        assertThat(sent.get(MAIL_OUTBOX.ATTEMPTS)).isEqualTo(2);
    }

    @Test
    void after_the_last_attempt_a_mail_stays_unsent_in_the_outbox() {
        String to = TestAccounts.uniqueEmail("opgegeven");
        sendResetMail(to);
        transactions.executeWithoutResult(status -> dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, OutboxSender.MAX_ATTEMPTS)
                .where(MAIL_OUTBOX.RECIPIENT.eq(to))
                .execute());
        // The scheduled sender may have been quicker than the update.
        boolean alreadySent = row(to).get(MAIL_OUTBOX.SENT_AT) != null;

        awaitTheOutboxSender();
        if (!alreadySent) {
            assertThat(Mails.to(smtp, to)).isEmpty();
            assertThat(row(to).get(MAIL_OUTBOX.SENT_AT)).isNull();
        }
        assertThat(outboxRows(to)).isEqualTo(1);
    }

    @Test
    void two_senders_at_once_never_send_the_same_mail_twice() throws Exception {
        String domain = "@" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example";
        int count = 60;
        transactions.executeWithoutResult(status -> {
            List<MailOutbox.OutgoingMail> mails = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                mails.add(mailSender.mail(
                        "ontvanger" + i + domain,
                        "Onderwerp " + i,
                        "Tekst " + i,
                        java.util.Locale.forLanguageTag("nl")));
            }
            mailSender.queue(mails);
        });

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int taken = 0;
                    for (int n = sender.sendBatch(); n > 0; n = sender.sendBatch()) {
                        taken += n;
                    }
                    return taken;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        await(count + " mails")
                .atMost(Duration.ofSeconds(10))
                .until(() -> receivedBy(smtp, domain).size() >= count);
        awaitTheOutboxSender();

        Map<String, Long> perMessageId = receivedBy(smtp, domain).stream()
                .collect(Collectors.groupingBy(OutboxTest::messageId, Collectors.counting()));
        assertThat(perMessageId).hasSize(count);
        assertThat(perMessageId.values()).containsOnly(1L);
        Integer unsent = transactions.execute(status -> dsl.fetchCount(
                MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.endsWith(domain).and(MAIL_OUTBOX.SENT_AT.isNull())));
        assertThat(unsent).isZero();
    }
}
