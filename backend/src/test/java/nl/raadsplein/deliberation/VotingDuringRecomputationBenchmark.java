package nl.raadsplein.deliberation;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.Benchmarks;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.proposal.ProposalFixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a timed test: a harness that loads a large discussion, keeps its opinion groups recomputing, and meanwhile
 * casts votes as the voting service does (the vote, the statement's counter and the discussion's counters and
 * votes_changed_at in one transaction), printing votes per second and the runs' durations.
 *
 * <pre>
 * mvn -B -pl jooq-gen,backend verify -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dtest=VotingDuringRecomputationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Sizes (system properties through -DargLine): bench.participants (10,000), bench.statements (1,000),
 * bench.votesPerParticipant (100; 1M votes), bench.threads (8), bench.seconds (20).
 */
@Tag("benchmark")
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class VotingDuringRecomputationBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 10_000);
    private static final int STATEMENTS = Integer.getInteger("bench.statements", 1_000);
    private static final int VOTES_PER_PARTICIPANT = Integer.getInteger("bench.votesPerParticipant", 100);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    ProposalFixtures accounts;

    @Autowired
    OpinionRecomputation recomputation;

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void benchmark() throws Exception {
        long id = discussions.discussion(accounts.account().accountId(), "Benchmark", Duration.ofDays(30));
        long t0 = System.nanoTime();
        long[] first = load(id);
        System.out.printf(
                Locale.ROOT,
                "[benchmark] loaded %,d participants x %,d statements, %,d votes in %,d ms%n",
                PARTICIPANTS,
                STATEMENTS,
                (long) PARTICIPANTS * VOTES_PER_PARTICIPANT,
                (System.nanoTime() - t0) / 1_000_000);

        long cold = System.nanoTime();
        recomputation.recompute(id);
        System.out.printf(
                Locale.ROOT,
                "[benchmark] first (cold) recomputation incl. read and store: %,d ms%n",
                (System.nanoTime() - cold) / 1_000_000);

        double baseline = votesPerSecond(id, first, Duration.ofSeconds(Math.max(5, SECONDS / 3)));
        System.out.printf(
                Locale.ROOT, "[benchmark] %d threads voting, no recomputation: %.0f votes/s%n", THREADS, baseline);

        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> runMillis = new ArrayList<>();
        Thread runs = Thread.ofPlatform().name("recompute").start(() -> {
            while (running.get()) {
                long s = System.nanoTime();
                if (recomputation.recompute(id)) {
                    synchronized (runMillis) {
                        runMillis.add((System.nanoTime() - s) / 1_000_000);
                    }
                }
            }
        });

        double rate = votesPerSecond(id, first, Duration.ofSeconds(SECONDS));
        running.set(false);
        runs.join();
        long[] nanos = runMillis.stream().mapToLong(m -> m * 1_000_000).toArray();
        System.out.printf(
                Locale.ROOT,
                "[benchmark] %d threads voting while recomputing: %.0f votes/s;"
                        + " %d recomputations meanwhile, median %.0f ms, p95 %.0f ms%n",
                THREADS,
                rate,
                nanos.length,
                nanos.length == 0 ? 0 : Benchmarks.medianMillis(nanos),
                nanos.length == 0 ? 0 : Benchmarks.p95Millis(nanos));
    }

    /** Casts random votes from {@link #THREADS} threads for the given time; votes per second. */
    private double votesPerSecond(long id, long[] first, Duration duration) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        AtomicInteger votes = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        long participant = first[0] + random.nextInt(PARTICIPANTS);
                        long statement = first[1] + random.nextInt(STATEMENTS);
                        Stance stance = Stance.values()[random.nextInt(3)];
                        transaction.executeWithoutResult(status ->
                                DiscussionFixtures.vote(dsl, clock.instant(), id, participant, statement, stance));
                        votes.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return votes.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Loads participants, statements and votes on the server; returns the first participant and statement id. */
    private long[] load(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO discussion_participant (discussion_id, imported_ref, joined_at) SELECT " + id
                    + ", CONCAT('b', seq), NOW(6) FROM seq_0_to_" + (PARTICIPANTS - 1));
            long participant = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM discussion_participant WHERE discussion_id = " + id,
                    PARTICIPANTS);
            s.execute("INSERT INTO statement (discussion_id, text, seed, state, created_at) SELECT " + id
                    + ", CONCAT('Stelling ', seq), FALSE, 'PUBLISHED', NOW(6) FROM seq_0_to_" + (STATEMENTS - 1));
            long statement = Benchmarks.firstOfContiguous(
                    s, "SELECT MIN(id), MAX(id), COUNT(*) FROM statement WHERE discussion_id = " + id, STATEMENTS);
            // Two camps: the first half of the participants agrees with the first half of the statements and
            // disagrees with the rest, the second half the other way round; every seventh vote a pass.
            s.execute("INSERT INTO statement_vote (statement_id, participant_id, discussion_id, stance, voted_at)"
                    + " SELECT " + statement + " + MOD(p.seq * 7 + k.seq * 13, " + STATEMENTS + "), " + participant
                    + " + p.seq, " + id + ", CASE WHEN MOD(p.seq + k.seq, 7) = 0 THEN 'PASS'"
                    + " WHEN (p.seq < " + PARTICIPANTS / 2 + ") = (MOD(p.seq * 7 + k.seq * 13, " + STATEMENTS
                    + ") < " + STATEMENTS / 2 + ") THEN 'AGREE' ELSE 'DISAGREE' END, NOW(6)"
                    + " FROM seq_0_to_" + (PARTICIPANTS - 1) + " p, seq_0_to_" + (VOTES_PER_PARTICIPANT - 1) + " k");
            s.execute("UPDATE discussion SET participant_count = " + PARTICIPANTS + ", statement_count = "
                    + STATEMENTS + ", vote_count = " + (long) PARTICIPANTS * VOTES_PER_PARTICIPANT
                    + ", votes_changed_at = NOW(6) WHERE id = " + id);
            return new long[] {participant, statement};
        }
    }
}
