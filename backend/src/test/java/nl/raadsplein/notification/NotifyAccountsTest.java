package nl.raadsplein.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notice;
import org.junit.jupiter.api.Test;

/** Telling given accounts, and nobody else, what concerns them: in the app, by mail as they chose, in their language. */
class NotifyAccountsTest extends NotificationTestBase {

    private static final String KEY = "notification.title.proposal-answered";

    @Test
    void only_the_given_accounts_are_told_each_in_their_language_and_as_often_as_they_chose() {
        long proposal = proposal();
        AccountPrincipal dutch = account("nl", NotificationFrequency.IMMEDIATE);
        AccountPrincipal english = account("en", NotificationFrequency.IMMEDIATE);
        AccountPrincipal daily = account("nl", NotificationFrequency.DAILY);
        AccountPrincipal follower = account("nl", NotificationFrequency.IMMEDIATE);
        follow(FollowTarget.PROPOSAL, proposal, follower, dutch);
        events.received.clear();

        testAccounts.signInAs();
        notifier.notifyAccounts(
                Arrays.asList(dutch.accountId(), english.accountId(), daily.accountId(), dutch.accountId(), null),
                proposal,
                new Notice("MODERATION_TEST", KEY, List.of("Meer bomen"), "/voorstellen/" + proposal));
        TestAccounts.signOut();

        Mails.Mail toDutch = Mails.awaitOne(smtp, dutch.email());
        assertThat(toDutch.subject()).isEqualTo("Nieuwe melding op Raadsplein");
        assertThat(toDutch.body())
                .contains("Beste " + dutch.displayName() + ",")
                .contains("http://localhost:8080/voorstellen/" + proposal);
        assertThat(Mails.awaitOne(smtp, english.email()).subject()).isEqualTo("New notification on Raadsplein");
        awaitTheOutboxSender();
        assertThat(Mails.to(smtp, dutch.email())).hasSize(1);
        assertThat(outboxRows(daily.email())).isZero();
        assertThat(outboxRows(follower.email())).isZero();

        assertThat(mineAs(dutch)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("MODERATION_TEST");
            assertThat(n.link()).isEqualTo("/voorstellen/" + proposal);
        });
        assertThat(mineAs(english))
                .extracting(Notification::title)
                .singleElement()
                .asString()
                .startsWith("The ");
        assertThat(mineAs(daily)).hasSize(1);
        assertThat(mineAs(follower)).isEmpty();
        assertThat(events.received)
                .singleElement()
                .satisfies(event -> assertThat(event.accountIds())
                        .containsExactlyInAnyOrder(dutch.accountId(), english.accountId(), daily.accountId()));
    }

    @Test
    void nobody_given_tells_nobody_and_bad_kinds_or_links_are_refused_before_anything_is_stored() {
        AccountPrincipal someone = account("nl", NotificationFrequency.IMMEDIATE);
        testAccounts.signInAs();
        notifier.notifyAccounts(List.of(), null, new Notice("MODERATION_TEST", KEY, List.of("x"), "/meldingen"));
        notifier.notifyAccounts(null, null, new Notice("MODERATION_TEST", KEY, List.of("x"), "/meldingen"));
        for (String link : new String[] {"https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/a b"}) {
            assertThatThrownBy(() -> notifier.notifyAccounts(
                            List.of(someone.accountId()), null, new Notice("MODERATION_TEST", KEY, List.of("x"), link)))
                    .as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> notifier.notifyAccounts(
                        List.of(someone.accountId()),
                        null,
                        new Notice("kind with spaces", KEY, List.of("x"), "/meldingen")))
                .isInstanceOf(IllegalArgumentException.class);
        TestAccounts.signOut();
        assertThat(mineAs(someone)).isEmpty();
        assertThat(outboxRows(someone.email())).isZero();
    }
}
