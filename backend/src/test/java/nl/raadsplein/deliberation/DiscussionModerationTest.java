package nl.raadsplein.deliberation;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.moderation.Block;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ContentState;
import nl.raadsplein.moderation.Decision;
import nl.raadsplein.moderation.ModerationActionService;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.QueueItem;
import nl.raadsplein.moderation.QueueSort;
import nl.raadsplein.moderation.Report;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.moderation.ReportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Statements go through the moderation queue: pending ones wait for approval, hidden ones leave voting. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class DiscussionModerationTest {

    @Autowired
    StatementService statements;

    @Autowired
    VotingService voting;

    @Autowired
    ModerationQueueService queue;

    @Autowired
    ModerationActionService actions;

    @Autowired
    ReportService reports;

    @Autowired
    DeliberationFixtures fixtures;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_premoderated_statement_waits_in_the_queue_until_a_griffier_approves_it() {
        long id = fixtures.published(fixtures.draft(
                "Met moderatie vooraf?",
                clock.instant().minusSeconds(60),
                clock.instant().plus(Duration.ofDays(5)),
                true,
                true));
        AccountPrincipal sandra = fixtures.account();
        AccountPrincipal other = fixtures.account();
        long statement = as(
                sandra,
                () -> statements.add(
                        new StatementSubmission(id, "Sterren horen bij restaurants, niet bij mensen", false)));
        assertThat(as(other, () -> voting.next(id)).progress().total()).isEqualTo(6);

        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        ContentRef ref = ContentRef.statement(statement);
        QueueItem item = as(griffier, () -> queue.queue(QueueSort.OLDEST, null, 0, 500)).stream()
                .filter(i -> i.content().equals(ref))
                .findFirst()
                .orElseThrow();
        assertThat(item.contentState()).isEqualTo(ContentState.AWAITING_MODERATION);
        assertThat(item.text()).isEqualTo("Sterren horen bij restaurants, niet bij mensen");
        assertThat(item.context()).isEqualTo("Met moderatie vooraf?");

        as(griffier, () -> actions.approve(ref, Decision.of(ModerationReason.NO_VIOLATION, queue.version(ref))));
        assertThat(fixtures.state(statement)).isEqualTo(StatementState.PUBLISHED);
        assertThat(fixtures.counters(id).statements()).isEqualTo(7);
        assertThat(as(other, () -> voting.next(id)).progress().total()).isEqualTo(7);
    }

    @Test
    void a_reported_statement_hidden_by_a_griffier_leaves_voting_and_the_count_and_can_be_restored() {
        long id = fixtures.open();
        AccountPrincipal sandra = fixtures.account();
        AccountPrincipal reporter = fixtures.account();
        long statement = as(sandra, () -> statements.add(new StatementSubmission(id, "Alle buren zijn dom", false)));
        ContentRef ref = ContentRef.statement(statement);
        as(reporter, () -> {
            reports.report(new Report(ref, ReportReason.OFFENSIVE, null));
            return null;
        });
        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        as(griffier, () -> actions.hide(ref, Decision.of(ModerationReason.OFFENSIVE, queue.version(ref))));
        assertThat(fixtures.state(statement)).isEqualTo(StatementState.HIDDEN);
        assertThat(fixtures.counters(id).statements()).isEqualTo(6);
        assertThat(as(reporter, () -> voting.next(id)).progress().total()).isEqualTo(6);
        assertThat(as(sandra, () -> voting.myVotes(id))).isEmpty();
        DiscussionFramingTest.assertRefused(
                () -> as(reporter, () -> {
                    voting.vote(id, statement, Stance.AGREE);
                    return null;
                }),
                "stance",
                "deliberation.error.statement-gone");

        as(griffier, () -> actions.restore(ref, Decision.of(ModerationReason.NO_VIOLATION, queue.version(ref))));
        assertThat(fixtures.state(statement)).isEqualTo(StatementState.PUBLISHED);
        assertThat(fixtures.counters(id).statements()).isEqualTo(7);
    }

    @Test
    void blocking_an_author_with_all_their_content_hidden_hides_the_statements_they_added_everywhere() {
        long first = fixtures.open();
        long second = fixtures.open();
        AccountPrincipal troll = fixtures.account();
        AccountPrincipal other = fixtures.account();
        long one = as(troll, () -> statements.add(new StatementSubmission(first, "Koop nu goedkope sterren", false)));
        long two = as(troll, () -> statements.add(new StatementSubmission(second, "Koop nu nog meer sterren", false)));
        long kept = as(other, () -> statements.add(new StatementSubmission(first, "Sterren zijn voor hotels", false)));
        assertThat(fixtures.counters(first).statements()).isEqualTo(8);

        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        ContentRef ref = ContentRef.statement(one);
        as(
                griffier,
                () -> actions.blockAuthor(
                        ref,
                        new Block(ModerationReason.SPAM, "Plaatst alleen maar reclame.", true, queue.version(ref))));

        assertThat(fixtures.state(one)).isEqualTo(StatementState.HIDDEN);
        assertThat(fixtures.state(two)).isEqualTo(StatementState.HIDDEN);
        assertThat(fixtures.state(kept)).isEqualTo(StatementState.PUBLISHED);
        assertThat(fixtures.counters(first).statements()).isEqualTo(7);
        assertThat(fixtures.counters(second).statements()).isEqualTo(6);
        assertThat(as(other, () -> voting.next(second)).progress().total()).isEqualTo(6);
    }
}
