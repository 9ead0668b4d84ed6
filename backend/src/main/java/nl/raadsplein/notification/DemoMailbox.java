package nl.raadsplein.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The mails the demo has sent, for an administrator to read: there is no real mailbox behind them. */
@Service
@Profile("demo")
@PreAuthorize("hasRole('ADMIN')")
public class DemoMailbox {

    private final DemoMailServer server;

    DemoMailbox(DemoMailServer server) {
        this.server = server;
    }

    /** Newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ReceivedMail> messages() {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.greenMail().getReceivedMessages()) {
            mails.add(read(message));
        }
        // Arrival order breaks ties between mails sent within the same second of the Date header.
        List<ReceivedMail> newestFirst = new ArrayList<>(mails.reversed());
        newestFirst.sort(Comparator.comparing(ReceivedMail::receivedAt).reversed());
        return List.copyOf(newestFirst);
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            Object content = message.getContent();
            Instant sent = message.getSentDate() == null
                    ? Instant.EPOCH
                    : message.getSentDate().toInstant();
            return new ReceivedMail(to, message.getSubject(), content instanceof String text ? text.strip() : "", sent);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail in the demo mailbox", e);
        }
    }
}
