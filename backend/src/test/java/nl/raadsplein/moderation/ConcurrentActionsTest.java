package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.proposal.Alignment;
import org.junit.jupiter.api.RepeatedTest;

/** Two griffiers acting on the same item at the same moment: one wins, the other must reload; nothing twice. */
class ConcurrentActionsTest extends ModerationTestBase {

    @RepeatedTest(5)
    void two_griffiers_hiding_one_comment_at_once_apply_it_once() throws Exception {
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        long commentId = comment(id, author, Alignment.FOR, "Voor!");
        ContentRef ref = ContentRef.comment(commentId);
        report(fixtures.account(), ref, ReportReason.SPAM);
        List<AccountPrincipal> griffiers = List.of(griffier(), griffier());
        int version = version(griffiers.getFirst(), ref);
        List<Object> outcomes = race(2, i -> () -> {
            TestAccounts.signIn(griffiers.get(i));
            return actions.hide(ref, Decision.of(ModerationReason.SPAM, version));
        });
        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(ConcurrentChangeException.class::isInstance)
                .hasSize(1);
        long itemId = dsl().select(MODERATION_ITEM.ID)
                .from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.COMMENT).and(MODERATION_ITEM.ITEM_ID.eq(commentId)))
                .fetchOne()
                .value1();
        assertThat(dsl().fetchCount(MODERATION_ACTION, MODERATION_ACTION.MODERATION_ITEM_ID.eq(itemId)))
                .isEqualTo(1);
        assertThat(commentCounts(id)).containsExactly(0, 0, 0);
        assertThat(notificationKinds(author.accountId())).containsOnlyOnce("MODERATION_HIDE");
        assertThat(version(griffiers.getFirst(), ref)).isEqualTo(version + 1);
    }

    @RepeatedTest(3)
    void hide_and_dismiss_at_once_one_of_them_happens() throws Exception {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        ContentRef ref = ContentRef.proposal(id);
        List<AccountPrincipal> griffiers = List.of(griffier(), griffier());
        List<Object> outcomes = race(2, i -> () -> {
            TestAccounts.signIn(griffiers.get(i));
            return i == 0
                    ? actions.hide(ref, Decision.of(ModerationReason.SPAM, 0))
                    : actions.dismiss(ref, Decision.of(ModerationReason.NO_VIOLATION, 0));
        });
        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(ConcurrentChangeException.class::isInstance)
                .hasSize(1);
        String expected = outcomes.get(0) instanceof Long ? "HIDDEN" : "PUBLISHED";
        assertThat(proposalState(id)).isEqualTo(expected);
    }
}
