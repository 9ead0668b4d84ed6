package nl.raadsplein.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.raadsplein.notification.MailOutbox.OutgoingMail;
import nl.raadsplein.platform.TextInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues plain-text mails whose texts come from the message bundles, in the recipient's language.
 *
 * <p>A mail is a row in the outbox, written in the caller's transaction: a rolled-back transaction sends
 * nothing, and a mail survives an SMTP server that is down. {@link OutboxSender} hands the rows to the SMTP
 * server in the background, so how long a request takes does not tell whether a mail was sent (an address's
 * existence must not show).
 */
@Component("notificationMailSender") // "mailSender" is Spring Boot's JavaMailSender
public class MailSender {

    static final int SUBJECT_LENGTH = 300;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final String messageIdDomain;

    MailSender(MailOutbox outbox, MessageSource messages, Clock clock, MailSenderProperties properties) {
        String from = properties.from();
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        String domain = TextInput.email("raadsplein.mail.from", from).substring(from.indexOf('@') + 1);
        this.messageIdDomain = domain.length() <= 60 ? domain : "raadsplein.invalid";
    }

    /**
     * Queues the mail with the subject {@code key + ".subject"} and the body {@code key + ".body"}; only the body
     * takes the arguments, so no typed text can reach a mail header.
     *
     * @param language "nl" or "en"
     */
    @Transactional
    public void send(String to, String language, String key, Object... bodyArguments) {
        Locale locale = locale(language);
        queue(List.of(mail(
                to,
                messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", bodyArguments, locale),
                locale)));
    }

    /** A mail with these texts and the common footer, ready for {@link #queue}. */
    OutgoingMail mail(String to, String subject, String body, Locale locale) {
        return new OutgoingMail(
                TextInput.email("to", to),
                truncate(subject, SUBJECT_LENGTH),
                body + "\n\n" + messages.getMessage("notification.mail.footer", null, locale),
                UUID.randomUUID() + "@" + messageIdDomain);
    }

    @Transactional
    void queue(Collection<OutgoingMail> mails) {
        outbox.queue(mails, clock.instant());
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag("en".equals(language) ? "en" : "nl");
    }

    /** At most {@code length} code points, an ellipsis marking a cut. */
    static String truncate(String text, int length) {
        if (text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length - 1)) + "…";
    }
}
