package nl.raadsplein.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.raadsplein.notification.MailOutbox.PendingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued mails to the SMTP server. A mail is locked, sent and marked sent in one transaction, so a
 * second sender (another thread or instance) skips it; a crash between the SMTP server's acceptance and the
 * commit sends it again, with the same Message-ID, by which the receiving side can recognise the repeat.
 * A failure is retried later and later; after {@link #MAX_ATTEMPTS} the mail stays in the table, unsent. Once a
 * mail left or was given up on, its body (which may hold a confirmation or reset link) is erased, and the rest of
 * the row is removed after {@code raadsplein.mail.sent-retention} (30 days unless configured).
 */
@Component
class OutboxSender {

    static final int MAX_ATTEMPTS = 24;
    static final int BATCH = 10;
    private static final List<Duration> BACKOFF =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));
    private static final int ERROR_LENGTH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutbox outbox;
    private final JavaMailSender smtp;
    private final Clock clock;
    private final String from;
    private final TransactionTemplate transactions;
    private final Duration retention;

    OutboxSender(
            MailOutbox outbox,
            JavaMailSender smtp,
            Clock clock,
            PlatformTransactionManager transactionManager,
            MailSenderProperties properties,
            @Value("${raadsplein.mail.sent-retention:P30D}") Duration retention) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.clock = clock;
        this.from = properties.from();
        this.transactions = new TransactionTemplate(transactionManager);
        this.retention = retention;
        // No gap locks: requests queueing new mails never wait for a sender talking to the SMTP server.
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Scheduled(fixedDelayString = "${raadsplein.mail.outbox-delay:PT5S}")
    void sendDue() {
        while (sendBatch() == BATCH) {
            // a full batch: there may be more waiting
        }
    }

    @Scheduled(cron = "${raadsplein.mail.purge-cron:0 40 3 * * *}")
    void purgeFinished() {
        Integer purged = transactions.execute(
                status -> outbox.purgeFinishedBefore(clock.instant().minus(retention), MAX_ATTEMPTS));
        LOG.info("Removed {} sent or abandoned mails older than {}", purged, retention);
    }

    /** Sends (or fails) one batch of due mails; returns how many mails it took. */
    int sendBatch() {
        Integer taken = transactions.execute(status -> {
            List<PendingMail> due = outbox.lockDue(clock.instant(), MAX_ATTEMPTS, BATCH);
            for (PendingMail mail : due) {
                try {
                    deliver(mail);
                    outbox.markSent(mail.id(), clock.instant());
                } catch (MessagingException | RuntimeException e) {
                    // Whatever went wrong with this mail, the others of the batch keep their state.
                    failed(mail, e);
                }
            }
            return due.size();
        });
        return taken == null ? 0 : taken;
    }

    private void deliver(PendingMail mail) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // JavaMailSenderImpl keeps a Message-ID that is set before sending.
        message.setHeader("Message-ID", "<" + mail.messageId() + ">");
        smtp.send(message);
    }

    private void failed(PendingMail mail, Exception e) {
        int attempts = mail.attempts() + 1;
        Instant next = clock.instant().plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
        String error = String.valueOf(e.getMessage());
        outbox.markFailed(
                mail.id(), attempts, attempts >= MAX_ATTEMPTS, MailSender.truncate(error, ERROR_LENGTH), next);
        // The log names the mail by its number, never its address, nor the server's answer, which may quote it: a
        // log outlives an account's deletion (ADR 15). The answer is in the row's last_error.
        if (attempts >= MAX_ATTEMPTS) {
            LOG.warn("Gave up on mail {} after {} attempts", mail.id(), attempts);
        } else {
            LOG.info("Mail {} not sent (attempt {}), next try at {}", mail.id(), attempts, next);
        }
    }
}
