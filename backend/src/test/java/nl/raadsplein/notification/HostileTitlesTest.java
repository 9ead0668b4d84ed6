package nl.raadsplein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Titles carry text people typed (a proposal's title): stored as it is, mailed as plain text. */
class HostileTitlesTest extends NotificationTestBase {

    private static final String KEY = "notification.title.proposal-commented";

    @Autowired
    MessageSource messages;

    @Test
    void hostile_arguments_are_stored_verbatim_and_mailed_as_plain_text() throws Exception {
        List<String> hostile = HostileInputs.lines();
        long proposal = proposal();
        AccountPrincipal reader = account("nl", NotificationFrequency.IMMEDIATE);
        follow(FollowTarget.PROPOSAL, proposal, reader);

        testAccounts.signInAs();
        for (String line : hostile) {
            // a kind mailed every time: comments on one proposal would come in one mail an hour (ADR 24)
            notifier.notify(
                    FollowTarget.PROPOSAL,
                    proposal,
                    new Notice("TEST", KEY, List.of(line), "/voorstellen/" + proposal),
                    List.of(),
                    null);
        }
        TestAccounts.signIn(reader);

        List<String> expected = hostile.stream()
                .map(line -> MailSender.truncate(
                        messages.getMessage(KEY, new Object[] {line}, Locale.forLanguageTag("nl")), 300))
                .toList();
        assertThat(notifications.mine(0, 100))
                .extracting(Notification::title)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected)
                .filteredOn(title -> title.length() < 300)
                .contains(
                        "Nieuwe reactie op het voorstel ‘<script>alert(1)</script>’",
                        "Nieuwe reactie op het voorstel ‘'; DROP TABLE proposal; --’");

        Mails.await(smtp, reader.email(), hostile.size());
        List<MimeMessage> received = OutboxTest.receivedBy(smtp, reader.email());
        assertThat(received).hasSize(hostile.size());
        for (MimeMessage message : received) {
            assertThat(message.getContentType()).startsWith("text/plain");
            assertThat(message.getSubject()).isEqualTo("Nieuwe melding op Raadsplein");
        }
        List<String> bodies =
                Mails.to(smtp, reader.email()).stream().map(Mails.Mail::body).toList();
        for (String title : expected) {
            assertThat(bodies).as(title).anyMatch(body -> body.contains(title));
        }
    }
}
