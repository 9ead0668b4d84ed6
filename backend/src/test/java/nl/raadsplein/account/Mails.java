package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** Reading what reached the test SMTP server; mails leave from the outbox, a moment after the commit. */
public final class Mails {

    private Mails() {}

    public record Mail(String to, String subject, String body) {

        /** The last path segment of the first link to {@code path}. */
        public String token(String path) {
            Matcher matcher = Pattern.compile("http://localhost:8080" + Pattern.quote(path) + "/([A-Za-z0-9_-]+)")
                    .matcher(body);
            assertThat(matcher.find()).as("link to %s in %s", path, body).isTrue();
            return matcher.group(1);
        }
    }

    /**
     * A real SMTP server on a free port, so that test runs of other checkouts on the same machine do not take it;
     * point {@code spring.mail.port} at its port.
     */
    public static GreenMail newServer(int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Mail> to(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .map(Mails::read)
                .toList();
    }

    /**
     * Waits up to thirty seconds for {@code count} mails to {@code address}. The outbox sends oldest first, and
     * earlier test classes may leave mail behind that it delivers first once this class's server is up.
     */
    public static List<Mail> await(GreenMail greenMail, String address, int count) {
        return Awaitility.await(count + " mail(s) to " + address)
                .atMost(Duration.ofSeconds(30))
                .until(() -> to(greenMail, address), mails -> mails.size() >= count);
    }

    public static Mail awaitOne(GreenMail greenMail, String address) {
        return await(greenMail, address, 1).getLast();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(recipients(message), message.getSubject(), (String) message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
