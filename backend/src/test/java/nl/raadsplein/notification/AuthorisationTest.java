package nl.raadsplein.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notice;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class AuthorisationTest extends NotificationTestBase {

    private Map<String, ThrowingCallable> everyMethod(long proposal) {
        return Map.ofEntries(
                Map.entry("follow", () -> notifications.follow(FollowTarget.PROPOSAL, proposal)),
                Map.entry("unfollow", () -> notifications.unfollow(FollowTarget.PROPOSAL, proposal)),
                Map.entry("isFollowing", () -> notifications.isFollowing(FollowTarget.PROPOSAL, proposal)),
                Map.entry("followOnBehalf", () -> notifier.followOnBehalf(1, FollowTarget.PROPOSAL, proposal)),
                Map.entry(
                        "notify",
                        () -> notifier.notify(
                                FollowTarget.PROPOSAL,
                                proposal,
                                new Notice(
                                        "TEST", "notification.title.proposal-answered", List.of("x"), "/voorstellen/1"),
                                List.of(),
                                null)),
                Map.entry(
                        "notifyAccounts",
                        () -> notifier.notifyAccounts(
                                List.of(1L),
                                null,
                                new Notice(
                                        "TEST",
                                        "notification.title.proposal-answered",
                                        List.of("x"),
                                        "/voorstellen/1"))),
                Map.entry("mine", () -> notifications.mine(0, 10)),
                Map.entry("countMine", () -> notifications.countMine()),
                Map.entry("unreadCount", () -> notifications.unreadCount()),
                Map.entry("markRead", () -> notifications.markRead(1)),
                Map.entry("markAllRead", () -> notifications.markAllRead()),
                Map.entry("frequency", () -> notifications.frequency()),
                Map.entry("setFrequency", () -> notifications.setFrequency(NotificationFrequency.OFF)));
    }

    @Test
    void an_anonymous_visitor_may_do_nothing() {
        long proposal = proposal();
        everyMethod(proposal).forEach((name, call) -> {
            TestAccounts.signInAnonymously();
            assertThatThrownBy(call).as(name).isInstanceOf(AccessDeniedException.class);
            TestAccounts.signOut();
            assertThatThrownBy(call)
                    .as(name + " without any login")
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        });
    }
}
