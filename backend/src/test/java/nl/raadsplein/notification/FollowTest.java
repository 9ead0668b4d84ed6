package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.FOLLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;

class FollowTest extends NotificationTestBase {

    private int followRows(long accountId, FollowTarget type, long targetId) {
        return transactions.execute(status -> dsl.fetchCount(
                FOLLOW,
                FOLLOW.ACCOUNT_ID.eq(accountId).and(FOLLOW.TARGET_TYPE.eq(type)).and(FOLLOW.TARGET_ID.eq(targetId))));
    }

    @Test
    void following_twice_is_following_once() {
        long proposal = proposal();
        AccountPrincipal me = testAccounts.signInAs();
        assertThat(notifications.isFollowing(FollowTarget.PROPOSAL, proposal)).isFalse();

        notifications.follow(FollowTarget.PROPOSAL, proposal);
        notifications.follow(FollowTarget.PROPOSAL, proposal);

        assertThat(notifications.isFollowing(FollowTarget.PROPOSAL, proposal)).isTrue();
        assertThat(followRows(me.accountId(), FollowTarget.PROPOSAL, proposal)).isEqualTo(1);
        assertThat(notifications.isFollowing(FollowTarget.CONSULTATION, proposal))
                .isFalse();
    }

    @Test
    void twenty_simultaneous_follows_leave_one_row_and_no_error() throws Exception {
        long consultation = consultation();
        AccountPrincipal me = testAccounts.create();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> {
                    TestAccounts.signIn(me);
                    start.await();
                    notifications.follow(FollowTarget.CONSULTATION, consultation);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(followRows(me.accountId(), FollowTarget.CONSULTATION, consultation))
                .isEqualTo(1);
    }

    @Test
    void unfollowing_stops_following_and_may_be_repeated() {
        long proposal = proposal();
        testAccounts.signInAs();
        notifications.follow(FollowTarget.PROPOSAL, proposal);

        notifications.unfollow(FollowTarget.PROPOSAL, proposal);
        notifications.unfollow(FollowTarget.PROPOSAL, proposal);

        assertThat(notifications.isFollowing(FollowTarget.PROPOSAL, proposal)).isFalse();
    }

    @Test
    void another_feature_makes_someone_follow_within_its_transaction() {
        long proposal = proposal();
        AccountPrincipal author = testAccounts.create();
        testAccounts.signInAs();

        transactions.executeWithoutResult(
                status -> notifier.followOnBehalf(author.accountId(), FollowTarget.PROPOSAL, proposal));
        transactions.executeWithoutResult(status -> {
            notifier.followOnBehalf(author.accountId(), FollowTarget.PROPOSAL, proposal);
            status.setRollbackOnly();
        });

        assertThat(followRows(author.accountId(), FollowTarget.PROPOSAL, proposal))
                .isEqualTo(1);
        TestAccounts.signIn(author);
        assertThat(notifications.isFollowing(FollowTarget.PROPOSAL, proposal)).isTrue();
    }

    @Test
    void a_rolled_back_follow_leaves_nothing() {
        long proposal = proposal();
        AccountPrincipal me = testAccounts.signInAs();
        transactions.executeWithoutResult(status -> {
            notifications.follow(FollowTarget.PROPOSAL, proposal);
            status.setRollbackOnly();
        });
        assertThat(followRows(me.accountId(), FollowTarget.PROPOSAL, proposal)).isZero();
    }

    @Test
    void what_does_not_exist_cannot_be_followed() {
        long proposal = proposal();
        AccountPrincipal me = testAccounts.signInAs();

        assertThatThrownBy(() -> notifications.follow(FollowTarget.PROPOSAL, Long.MAX_VALUE))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> notifications.follow(FollowTarget.CONSULTATION, -1))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> notifier.followOnBehalf(Long.MAX_VALUE, FollowTarget.PROPOSAL, proposal))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(followRows(me.accountId(), FollowTarget.PROPOSAL, Long.MAX_VALUE))
                .isZero();
    }
}
