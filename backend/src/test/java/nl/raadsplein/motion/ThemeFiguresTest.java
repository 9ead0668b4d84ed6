package nl.raadsplein.motion;

import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures on an agenda theme's page count what happened under the theme, and nothing not yet public. */
class ThemeFiguresTest extends MotionTestBase {

    @Autowired
    DiscussionFixtures discussions;

    @Test
    void a_themes_figures_count_its_discussions_and_the_councils_results_and_leave_out_drafts() {
        ThemeFigures before = queries.themeFigures("3A.1");
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long adopted = as(francis, () -> motions.draft(motion("Cijfers aangenomen")));
        long rejected = as(francis, () -> motions.draft(motion("Cijfers verworpen")));
        long submitted = as(francis, () -> motions.draft(motion("Cijfers ingediend")));
        as(francis, () -> motions.draft(motion("Cijfers concept")));
        as(francis, () -> {
            for (long id : new long[] {adopted, rejected, submitted}) {
                lifecycle.submit(id, council.itemId());
            }
            return null;
        });
        record(council, adopted, VoteChoice.FOR);
        record(council, rejected, VoteChoice.AGAINST);
        discussions.discussion(francis.accountId(), "Cijfers?", Duration.ofDays(3));
        long draft = discussions.discussion(francis.accountId(), "Cijfers in concept?", Duration.ofDays(3));
        discussions.setState(draft, DiscussionState.DRAFT);

        TestAccounts.signInAnonymously();
        ThemeFigures after = queries.themeFigures("3A.1");
        assertThat(after.motions() - before.motions()).isEqualTo(3);
        assertThat(after.adopted() - before.adopted()).isEqualTo(1);
        assertThat(after.rejected() - before.rejected()).isEqualTo(1);
        assertThat(after.discussions() - before.discussions()).isEqualTo(1);
        assertThat(after.consultations()).isGreaterThanOrEqualTo(before.consultations());
        assertThatThrownBy(() -> queries.themeFigures("9Z.9")).isInstanceOf(NoSuchItemException.class);
    }

    private void record(MotionFixtures.Council council, long motion, VoteChoice choice) {
        as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        motion,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], choice, council.parties()[1], choice),
                        null)));
    }
}
