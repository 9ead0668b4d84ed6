package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DigestTest extends NotificationTestBase {

    @Autowired
    DailyDigest digest;

    private void notifyAbout(long proposal, String key, String title) {
        testAccounts.signInAs();
        notifier.notify(
                FollowTarget.PROPOSAL,
                proposal,
                new Notice("TEST", key, List.of(title), "/voorstellen/" + proposal),
                List.of(),
                null);
        TestAccounts.signOut();
        clock.advance(Duration.ofMinutes(5));
    }

    private int undigested(AccountPrincipal who) {
        return transactions.execute(status -> dsl.fetchCount(
                NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(who.accountId()).and(NOTIFICATION.DIGESTED_AT.isNull())));
    }

    @Test
    void the_daily_digest_lists_what_came_in_once_and_marks_it_digested() {
        long first = proposal();
        long second = proposal();
        AccountPrincipal dutch = account("nl", NotificationFrequency.DAILY);
        AccountPrincipal english = account("en", NotificationFrequency.DAILY);
        AccountPrincipal immediate = account("nl", NotificationFrequency.IMMEDIATE);
        AccountPrincipal off = account("nl", NotificationFrequency.OFF);
        follow(FollowTarget.PROPOSAL, first, dutch, english, immediate, off);
        follow(FollowTarget.PROPOSAL, second, dutch);
        notifyAbout(first, "notification.title.proposal-answered", "Meer bomen");
        notifyAbout(second, "notification.title.proposal-withdrawn", "Minder auto’s");
        assertThat(undigested(dutch)).isEqualTo(2);

        digest.run();

        Mails.Mail toDutch = Mails.awaitOne(smtp, dutch.email());
        assertThat(toDutch.subject()).isEqualTo("Uw dagelijkse overzicht van Raadsplein");
        assertThat(toDutch.body())
                .contains("Beste " + dutch.displayName() + ",")
                .contains("zijn er 2 nieuwe meldingen")
                .contains("- De gemeente heeft het voorstel ‘Meer bomen’ beantwoord")
                .contains("http://localhost:8080/voorstellen/" + first)
                .contains("- Het voorstel ‘Minder auto’s’ is ingetrokken")
                .contains("http://localhost:8080/voorstellen/" + second);
        assertThat(toDutch.body().indexOf("Meer bomen"))
                .isLessThan(toDutch.body().indexOf("Minder auto’s"));
        Mails.Mail toEnglish = Mails.awaitOne(smtp, english.email());
        assertThat(toEnglish.subject()).isEqualTo("Your daily Raadsplein summary");
        assertThat(toEnglish.body())
                .contains("there is one new notification")
                .contains("The municipality has answered the proposal ‘Meer bomen’");
        assertThat(undigested(dutch)).isZero();
        assertThat(undigested(english)).isZero();

        digest.run();
        awaitTheOutboxSender();
        assertThat(Mails.to(smtp, dutch.email())).hasSize(1);
        assertThat(outboxRows(dutch.email())).isEqualTo(1);
        // Those who got mail right away, or chose none, get no digest.
        assertThat(outboxRows(immediate.email())).isEqualTo(1);
        assertThat(outboxRows(off.email())).isZero();
        // A digest is no reading: the notifications wait unread in the app.
        TestAccounts.signIn(dutch);
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    @Test
    void switching_to_the_digest_later_does_not_mail_old_news_again() {
        long proposal = proposal();
        AccountPrincipal switcher = account("nl", NotificationFrequency.IMMEDIATE);
        AccountPrincipal silent = account("nl", NotificationFrequency.OFF);
        follow(FollowTarget.PROPOSAL, proposal, switcher, silent);
        notifyAbout(proposal, "notification.title.proposal-answered", "Oud nieuws");
        Mails.awaitOne(smtp, switcher.email());

        for (AccountPrincipal who : List.of(switcher, silent)) {
            TestAccounts.signIn(who);
            notifications.setFrequency(NotificationFrequency.DAILY);
        }
        TestAccounts.signOut();
        digest.run();

        assertThat(outboxRows(switcher.email())).isEqualTo(1);
        assertThat(outboxRows(silent.email())).isZero();
    }

    @Test
    void a_long_digest_lists_the_first_ones_and_counts_the_rest() {
        AccountPrincipal busy = account("nl", NotificationFrequency.DAILY);
        long proposal = proposal();
        follow(FollowTarget.PROPOSAL, proposal, busy);
        testAccounts.signInAs();
        for (int i = 0; i < DailyDigest.MAX_LISTED + 3; i++) {
            notifier.notify(
                    FollowTarget.PROPOSAL,
                    proposal,
                    new Notice(
                            "TEST",
                            "notification.title.proposal-supported",
                            List.of("Veel", i),
                            "/voorstellen/" + proposal),
                    List.of(),
                    null);
        }
        digest.run();

        Mails.Mail mail = Mails.awaitOne(smtp, busy.email());
        assertThat(mail.body()).contains("zijn er 28 nieuwe meldingen").contains("… en nog 3 meer");
    }
}
