package nl.raadsplein.notification;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.raadsplein.platform.TextInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends plain-text mails whose texts come from the message bundles, in the recipient's language.
 *
 * <p>A mail leaves only once the surrounding transaction has committed, so that nothing rolled back is ever
 * announced; it leaves from one background thread, so that how long a request takes does not tell whether a
 * mail was sent (an address's existence must not show) and mails leave in the order they were asked for.
 */
@Component("notificationMailSender") // "mailSender" is Spring Boot's JavaMailSender
public class MailSender implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);

    private final JavaMailSender mailSender;
    private final MessageSource messages;
    private final String from;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("mail-outbox").daemon(true).factory());

    MailSender(JavaMailSender mailSender, MessageSource messages, @Value("${raadsplein.mail.from}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = TextInput.email("raadsplein.mail.from", from);
    }

    /**
     * Sends the mail with the subject {@code key + ".subject"} and the body {@code key + ".body"}; only the body
     * takes the arguments, so no typed text can reach a mail header.
     *
     * @param language "nl" or "en"
     */
    public void send(String to, String language, String key, Object... bodyArguments) {
        Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "nl");
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(TextInput.email("to", to));
        mail.setSubject(messages.getMessage(key + ".subject", null, locale));
        mail.setText(messages.getMessage(key + ".body", bodyArguments, locale) + "\n\n"
                + messages.getMessage("notification.mail.footer", null, locale));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outbox.execute(() -> deliver(mail));
                }
            });
        } else {
            outbox.execute(() -> deliver(mail));
        }
    }

    private void deliver(SimpleMailMessage mail) {
        try {
            mailSender.send(mail);
        } catch (MailException e) {
            LOG.warn("Could not send mail '{}' to {}", mail.getSubject(), String.join(",", mail.getTo()), e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        outbox.shutdown();
        if (!outbox.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Mails still queued at shutdown were dropped");
            outbox.shutdownNow();
        }
    }
}
