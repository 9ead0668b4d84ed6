package nl.raadsplein.deliberation;

import static nl.raadsplein.deliberation.DiscussionFramingTest.assertRefused;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Taking part: voting exactly once (also under races), changing a vote, adding statements, weighing values. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class DiscussionVotingTest {

    @Autowired
    VotingService voting;

    @Autowired
    StatementService statements;

    @Autowired
    WeightService weights;

    @Autowired
    DiscussionService discussions;

    @Autowired
    DeliberationFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_resident_votes_one_statement_at_a_time_and_changes_a_vote_with_the_counters_right() {
        long id = fixtures.open();
        AccountPrincipal sandra = fixtures.account();
        NextStatement first = as(sandra, () -> voting.next(id));
        assertThat(first.progress()).isEqualTo(new Progress(0, 6));
        assertThat(first.statement()).isNotNull();
        assertThat(as(sandra, () -> voting.next(id)).statement()).isEqualTo(first.statement());
        long statement = first.statement().id();

        vote(sandra, id, statement, Stance.AGREE);
        assertThat(as(sandra, () -> voting.next(id)).progress()).isEqualTo(new Progress(1, 6));
        assertThat(as(sandra, () -> voting.next(id)).statement().id()).isNotEqualTo(statement);
        assertThat(fixtures.counters(id)).isEqualTo(new DeliberationFixtures.Counters(6, 1, 1, true));

        vote(sandra, id, statement, Stance.DISAGREE);
        assertThat(fixtures.statementCounts(statement)).containsExactly(0, 1, 0);
        assertThat(fixtures.voteRows(statement)).isEqualTo(1);
        assertThat(fixtures.counters(id)).isEqualTo(new DeliberationFixtures.Counters(6, 1, 1, true));
        assertThat(as(sandra, () -> voting.myVotes(id)))
                .extracting(MyVote::statementId, MyVote::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(statement, Stance.DISAGREE));

        for (long other : fixtures.statementIds(id)) {
            vote(sandra, id, other, Stance.PASS);
        }
        NextStatement done = as(sandra, () -> voting.next(id));
        assertThat(done.statement()).isNull();
        assertThat(done.progress()).isEqualTo(new Progress(6, 6));
        assertThat(fixtures.counters(id).votes()).isEqualTo(6);
    }

    @Test
    void closed_and_upcoming_discussions_refuse_votes_with_a_clear_message() {
        Instant now = clock.instant();
        long upcoming = fixtures.published(
                fixtures.draft("Later?", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), true, false));
        long closing = fixtures.published(fixtures.draft(
                "Bijna dicht?", now.minus(Duration.ofDays(1)), now.plus(Duration.ofMinutes(5)), true, false));
        AccountPrincipal sandra = fixtures.account();
        assertRefused(
                () -> vote(sandra, upcoming, fixtures.statementIds(upcoming).getFirst(), Stance.AGREE),
                "stance",
                "deliberation.error.not-open-yet");
        clock.advance(Duration.ofMinutes(6));
        assertRefused(
                () -> vote(sandra, closing, fixtures.statementIds(closing).getFirst(), Stance.AGREE),
                "stance",
                "deliberation.error.closed");
        assertRefused(
                () -> as(sandra, () -> statements.add(new StatementSubmission(closing, "Nog iets", false))),
                "text",
                "deliberation.error.closed");
        assertThat(discussions.discussion(closing).phase()).isEqualTo(DiscussionPhase.CLOSED);
        assertThat(fixtures.counters(closing).votes()).isZero();
    }

    @Test
    void only_verified_residents_take_part_when_the_discussion_asks_for_them_and_visitors_never() {
        DiscussionDraft d = fixtures.draft("Alleen geverifieerd?");
        long id = fixtures.published(new DiscussionDraft(
                d.question(),
                d.context(),
                d.themeCodes(),
                null,
                d.valueCodes(),
                d.tradeoffs(),
                d.seedStatements(),
                d.opensAt(),
                d.closesAt(),
                true,
                false,
                Eligibility.VERIFIED_RESIDENTS));
        long statement = fixtures.statementIds(id).getFirst();
        AccountPrincipal unverified = fixtures.account();
        assertRefused(
                () -> vote(unverified, id, statement, Stance.AGREE),
                "stance",
                "deliberation.error.verification-required");
        AccountPrincipal verified = fixtures.account();
        fixtures.verify(verified.accountId());
        vote(verified, id, statement, Stance.AGREE);
        assertThat(as(verified, () -> voting.next(id)).progress().voted()).isEqualTo(1);
        assertThatThrownBy(() -> voting.vote(id, statement, Stance.AGREE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> voting.vote(id, statement, Stance.AGREE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_statement_voted_on_as_part_of_another_discussion_is_not_found_and_counts_nothing() {
        long id = fixtures.open();
        long other = fixtures.open();
        long statement = fixtures.statementIds(id).getFirst();
        AccountPrincipal sandra = fixtures.account();
        assertThatThrownBy(() -> as(sandra, () -> {
                    voting.vote(other, statement, Stance.AGREE);
                    return null;
                }))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(fixtures.voteRows(statement)).isZero();
        assertThat(fixtures.statementCounts(statement)).containsExactly(0, 0, 0);
        assertThat(fixtures.counters(other).votes()).isZero();
        assertThat(fixtures.counters(id).votes()).isZero();
    }

    @Test
    void simultaneous_votes_count_exactly_once_per_participant_per_statement() throws Exception {
        long id = fixtures.open();
        List<Long> ids = fixtures.statementIds(id);
        List<AccountPrincipal> residents = fixtures.accounts(20);
        Stance[] stances = Stance.values();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> futures = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int r = 0; r < residents.size(); r++) {
                AccountPrincipal resident = residents.get(r);
                for (int repeat = 0; repeat < 4; repeat++) {
                    int turn = r + repeat;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (long statement : ids) {
                            vote(resident, id, statement, stances[(int) ((statement + turn) % 3)]);
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        }
        int sum = 0;
        for (long statement : ids) {
            assertThat(fixtures.voteRows(statement)).isEqualTo(residents.size());
            int[] counts = fixtures.statementCounts(statement);
            assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(residents.size());
            sum += fixtures.voteRows(statement);
        }
        DeliberationFixtures.Counters counters = fixtures.counters(id);
        assertThat(counters.participants()).isEqualTo(residents.size());
        assertThat(counters.votes()).isEqualTo(sum);
    }

    @Test
    void a_vote_still_in_progress_does_not_keep_another_residents_vote_waiting() throws Exception {
        long id = fixtures.open();
        List<Long> ids = fixtures.statementIds(id);
        AccountPrincipal slow = fixtures.account();
        AccountPrincipal quick = fixtures.account();
        TransactionTemplate held = new TransactionTemplate(transactions);
        held.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        CountDownLatch voted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            try {
                Future<?> open = pool.submit(() -> held.executeWithoutResult(status -> {
                    vote(slow, id, ids.get(0), Stance.AGREE);
                    voted.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                assertThat(voted.await(30, TimeUnit.SECONDS)).isTrue();
                Future<?> other = pool.submit(() -> vote(quick, id, ids.get(1), Stance.DISAGREE));
                // Before the tally, this vote queued on the discussion's row until the first one ended.
                other.get(20, TimeUnit.SECONDS);
                assertThat(as(quick, () -> voting.next(id)).progress()).isEqualTo(new Progress(1, 6));
                release.countDown();
                open.get(30, TimeUnit.SECONDS);
            } finally {
                release.countDown();
            }
        }
        assertThat(fixtures.counters(id)).isEqualTo(new DeliberationFixtures.Counters(6, 2, 2, true));
    }

    @Test
    void residents_add_statements_with_their_own_agree_and_the_rules_of_length_personal_data_and_premoderation() {
        long id = fixtures.open();
        AccountPrincipal sandra = fixtures.account();
        assertRefused(
                () -> as(sandra, () -> statements.add(new StatementSubmission(id, "x".repeat(281), false))),
                "text",
                "error.too-long");
        assertRefused(
                () -> as(sandra, () -> statements.add(new StatementSubmission(id, "  ", false))),
                "text",
                "error.required");
        String withPhone = "Bel me op 06-12345678 als je het eens bent";
        assertRefused(
                () -> as(sandra, () -> statements.add(new StatementSubmission(id, withPhone, false))),
                "text",
                "personaldata.error.confirm-needed");
        assertThat(fixtures.counters(id).statements()).isEqualTo(6);

        assertThat(statements.similar(id, "stelling nummer 3 over het beoordelen van buren"))
                .extracting(StatementView::text)
                .contains("Stelling nummer 3 over beoordelen van buren");
        long own = as(
                sandra,
                () -> statements.add(new StatementSubmission(id, "Sterren geven aan mensen hoort niet", false)));
        assertThat(fixtures.state(own)).isEqualTo(StatementState.PUBLISHED);
        assertThat(fixtures.statementCounts(own)).containsExactly(1, 0, 0);
        assertThat(fixtures.counters(id)).isEqualTo(new DeliberationFixtures.Counters(7, 1, 1, true));
        assertThat(as(sandra, () -> voting.next(id)).progress()).isEqualTo(new Progress(1, 7));

        long confirmed = as(sandra, () -> statements.add(new StatementSubmission(id, withPhone, true)));
        assertThat(fixtures.state(confirmed)).isEqualTo(StatementState.PENDING);
        assertThat(fixtures.counters(id).statements()).isEqualTo(7);

        long premoderated = fixtures.published(fixtures.draft(
                "Met voorafgaande moderatie?",
                clock.instant().minusSeconds(60),
                clock.instant().plus(Duration.ofDays(3)),
                true,
                true));
        long waiting =
                as(sandra, () -> statements.add(new StatementSubmission(premoderated, "Een nieuwe stelling", false)));
        assertThat(fixtures.state(waiting)).isEqualTo(StatementState.PENDING);
        AccountPrincipal other = fixtures.account();
        assertThat(as(other, () -> voting.next(premoderated)).progress().total())
                .isEqualTo(6);

        long closedForAdding = fixtures.published(fixtures.draft(
                "Zonder toevoegen?",
                clock.instant().minusSeconds(60),
                clock.instant().plus(Duration.ofDays(3)),
                false,
                false));
        assertRefused(
                () -> as(sandra, () -> statements.add(new StatementSubmission(closedForAdding, "Mag dit?", false))),
                "text",
                "deliberation.error.adding-closed");
    }

    @Test
    void hostile_statements_are_stored_as_typed_or_refused_with_a_message() {
        long id = fixtures.open();
        for (String hostile : nl.raadsplein.HostileInputs.lines()) {
            // one author each: more lines than the posting limit lets one account add in an hour
            AccountPrincipal author = fixtures.account();
            int before = fixtures.counters(id).statements();
            try {
                long added = as(author, () -> statements.add(new StatementSubmission(id, hostile, true)));
                assertThat(fixtures.state(added)).isIn(StatementState.PUBLISHED, StatementState.PENDING);
            } catch (nl.raadsplein.platform.InvalidInputException refused) {
                assertThat(refused.messageKey()).as(hostile).isNotBlank();
                assertThat(fixtures.counters(id).statements()).isEqualTo(before);
            }
            assertThat(statements.similar(id, hostile)).hasSizeLessThanOrEqualTo(5);
        }
    }

    @Test
    void value_weights_total_one_hundred_and_can_be_changed_while_open() {
        long id = fixtures.open();
        AccountPrincipal sandra = fixtures.account();
        assertRefused(
                () -> as(sandra, () -> {
                    weights.weigh(id, Map.of("privacy", 50, "neighbourliness", 30, "autonomy", 30));
                    return null;
                }),
                "weights",
                "deliberation.error.weights-total");
        assertRefused(
                () -> as(sandra, () -> {
                    weights.weigh(id, Map.of("privacy", 50, "neighbourliness", 50));
                    return null;
                }),
                "weights",
                "deliberation.error.weights-values");
        assertRefused(
                () -> as(sandra, () -> {
                    weights.weigh(id, Map.of("privacy", 150, "neighbourliness", -50, "autonomy", 0));
                    return null;
                }),
                "weights",
                "deliberation.error.weights-range");
        assertThat(as(sandra, () -> weights.myWeights(id))).isEmpty();

        as(sandra, () -> {
            weights.weigh(id, Map.of("privacy", 60, "neighbourliness", 30, "autonomy", 10));
            weights.weigh(id, Map.of("privacy", 20, "neighbourliness", 30, "autonomy", 50));
            return null;
        });
        Map<String, Integer> expected = new HashMap<>(Map.of("privacy", 20, "neighbourliness", 30, "autonomy", 50));
        assertThat(as(sandra, () -> weights.myWeights(id))).isEqualTo(expected);
        assertThat(fixtures.counters(id).participants()).isZero();
    }

    @Test
    void the_priority_rule_favours_new_statements_and_those_people_agree_with_over_passed_ones() {
        assertThat(StatementPriority.priority(0, 0, 0, 0)).isGreaterThan(StatementPriority.priority(0, 10, 0, 0));
        assertThat(StatementPriority.priority(10, 0, 0, 0)).isGreaterThan(StatementPriority.priority(0, 10, 0, 0));
        assertThat(StatementPriority.priority(0, 10, 0, 0)).isGreaterThan(StatementPriority.priority(0, 0, 10, 0));
        assertThat(StatementPriority.priority(0, 0, 0, 0))
                .isCloseTo(Math.pow(0.5 * 0.5 * 9, 2), org.assertj.core.data.Offset.offset(1e-9));

        StatementView fresh = new StatementView(1, 1, "nieuw", false, 0, 0, 0);
        StatementView passed = new StatementView(2, 1, "overgeslagen", true, 0, 0, 40);
        List<StatementRepository.Candidate> both =
                List.of(new StatementRepository.Candidate(passed, 0), new StatementRepository.Candidate(fresh, 0));
        assertThat(picks(both, fresh)).isGreaterThan(990);
        assertThat(StatementPriority.choose(both, 7)).isSameAs(StatementPriority.choose(both, 7));
        assertThat(StatementPriority.choose(List.of(), 7)).isNull();

        // Of two statements with the same votes, the one further out on the opinion map comes up more often.
        StatementView central = new StatementView(3, 1, "midden", false, 5, 5, 0);
        StatementView outlying = new StatementView(4, 1, "aan de rand", false, 5, 5, 0);
        List<StatementRepository.Candidate> spread =
                List.of(new StatementRepository.Candidate(central, 0), new StatementRepository.Candidate(outlying, 2));
        assertThat(picks(spread, outlying)).isGreaterThan(850);
    }

    private void vote(AccountPrincipal voter, long discussion, long statement, Stance stance) {
        as(voter, () -> {
            voting.vote(discussion, statement, stance);
            return null;
        });
    }

    private static int picks(List<StatementRepository.Candidate> candidates, StatementView wanted) {
        int picks = 0;
        for (long seed = 0; seed < 1000; seed++) {
            if (StatementPriority.choose(candidates, seed) == wanted) {
                picks++;
            }
        }
        return picks;
    }
}
