package nl.raadsplein.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;

class ReadTest extends NotificationTestBase {

    /** Three notifications about the same proposal to {@code me} and {@code other}, a minute apart. */
    private long threeNotifications(AccountPrincipal... followers) {
        long proposal = proposal();
        follow(FollowTarget.PROPOSAL, proposal, followers);
        testAccounts.signInAs();
        for (String title : List.of("Eerste", "Tweede", "Derde")) {
            notifier.notify(
                    FollowTarget.PROPOSAL,
                    proposal,
                    new Notice(
                            "TEST", "notification.title.proposal-answered", List.of(title), "/voorstellen/" + proposal),
                    List.of(),
                    null);
            clock.advance(Duration.ofMinutes(1));
        }
        TestAccounts.signOut();
        return proposal;
    }

    @Test
    void my_notifications_come_newest_first_page_by_page_and_count_the_unread() {
        AccountPrincipal me = account("nl", NotificationFrequency.OFF);
        threeNotifications(me);
        TestAccounts.signIn(me);

        assertThat(notifications.mine(0, 10))
                .extracting(Notification::title)
                .containsExactly(
                        "De gemeente heeft het voorstel ‘Derde’ beantwoord",
                        "De gemeente heeft het voorstel ‘Tweede’ beantwoord",
                        "De gemeente heeft het voorstel ‘Eerste’ beantwoord");
        assertThat(notifications.mine(1, 1))
                .extracting(Notification::title)
                .containsExactly("De gemeente heeft het voorstel ‘Tweede’ beantwoord");
        assertThat(notifications.countMine()).isEqualTo(3);
        assertThat(notifications.unreadCount()).isEqualTo(3);
        assertThatThrownBy(() -> notifications.mine(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void i_mark_my_own_notifications_read_one_by_one_or_all_at_once() {
        AccountPrincipal me = account("nl", NotificationFrequency.OFF);
        threeNotifications(me);
        TestAccounts.signIn(me);
        long second = notifications.mine(1, 1).getFirst().id();
        events.received.clear();

        notifications.markRead(second);
        notifications.markRead(second);

        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.mine(0, 10)).extracting(Notification::read).containsExactly(false, true, false);
        assertThat(events.about(me.accountId())).hasSize(1);

        notifications.markAllRead();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(0, 10)).extracting(Notification::read).containsOnly(true);
        assertThat(events.about(me.accountId())).hasSize(2);
    }

    @Test
    void someone_elses_notification_is_refused_as_unknown_and_stays_unread() {
        AccountPrincipal me = account("nl", NotificationFrequency.OFF);
        AccountPrincipal other = account("nl", NotificationFrequency.OFF);
        threeNotifications(me, other);
        TestAccounts.signIn(other);
        List<Long> theirs =
                notifications.mine(0, 10).stream().map(Notification::id).toList();

        TestAccounts.signIn(me);
        for (long forged : List.of(theirs.getFirst(), Long.MAX_VALUE, -1L)) {
            assertThatThrownBy(() -> notifications.markRead(forged)).isInstanceOf(NoSuchItemException.class);
        }
        notifications.markAllRead();

        TestAccounts.signIn(other);
        assertThat(notifications.unreadCount()).isEqualTo(3);
        assertThat(notifications.mine(0, 10)).extracting(Notification::read).containsOnly(false);
    }

    @Test
    void the_mail_frequency_is_immediate_until_changed() {
        testAccounts.signInAs();
        assertThat(notifications.frequency()).isEqualTo(NotificationFrequency.IMMEDIATE);

        notifications.setFrequency(NotificationFrequency.DAILY);
        assertThat(notifications.frequency()).isEqualTo(NotificationFrequency.DAILY);
        notifications.setFrequency(NotificationFrequency.OFF);
        assertThat(notifications.frequency()).isEqualTo(NotificationFrequency.OFF);

        assertThatThrownBy(() -> notifications.setFrequency(null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.required"));
        assertThat(notifications.frequency()).isEqualTo(NotificationFrequency.OFF);
    }
}
