package nl.raadsplein.deliberation;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.Benchmarks;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.proposal.ProposalFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Not a timed test: a harness that loads a large discussion, keeps its opinion groups recomputing, and meanwhile
 * has its participants vote through {@link VotingService#vote}, each thread as one participant's account at a time,
 * printing votes per second and the runs' durations.
 *
 * <pre>
 * mvn -B -pl jooq-gen,backend verify -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dtest=VotingDuringRecomputationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Sizes (system properties through -DargLine): bench.participants (10,000), bench.statements (1,000),
 * bench.votesPerParticipant (100; 1M votes), bench.threads (8), bench.seconds (20), bench.warmUpSeconds (10).
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
    private static final int WARM_UP = Integer.getInteger("bench.warmUpSeconds", 10);

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    ProposalFixtures accounts;

    @Autowired
    OpinionRecomputation recomputation;

    @Autowired
    DataSource dataSource;

    @Autowired
    VotingService voting;

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

        // Unmeasured, so that both measured phases run compiled code (the first seconds of votes ran a third slower).
        votesPerSecond(id, first, Duration.ofSeconds(WARM_UP));
        double baseline = votesPerSecond(id, first, Duration.ofSeconds(Math.max(5, SECONDS / 2)));
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
        AtomicInteger votes = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        int k = random.nextInt(PARTICIPANTS);
                        long statement = first[1] + random.nextInt(STATEMENTS);
                        Stance stance = Stance.values()[random.nextInt(3)];
                        ProposalFixtures.as(resident(first[0] + k, k), () -> {
                            voting.vote(id, statement, stance);
                            return null;
                        });
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

    private static AccountPrincipal resident(long accountId, int k) {
        return new AccountPrincipal(
                accountId, "bench" + k + "@bench.example", "Bench " + k, "nl", true, Set.of(Role.RESIDENT), "-");
    }

    /**
     * Loads accounts, their participants, statements and votes on the server; returns the first account and
     * statement id (the participants follow the accounts' order).
     */
    private long[] load(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            String tag = Long.toString(id);
            s.execute("INSERT INTO account (email, display_name, password_hash, email_confirmed_at, created_at)"
                    + " SELECT CONCAT('bench', seq, '-" + tag + "@bench.example'), CONCAT('Bench ', seq), '-', NOW(6),"
                    + " NOW(6) FROM seq_0_to_" + (PARTICIPANTS - 1) + " ORDER BY seq");
            long account = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM account WHERE email LIKE 'bench%-" + tag
                            + "@bench.example'",
                    PARTICIPANTS);
            s.execute("INSERT INTO discussion_participant (discussion_id, account_id, joined_at) SELECT " + id
                    + ", id, NOW(6) FROM account WHERE id BETWEEN " + account + " AND " + (account + PARTICIPANTS - 1)
                    + " ORDER BY id");
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
            s.execute("UPDATE statement s JOIN (SELECT statement_id, SUM(stance = 'AGREE') a,"
                    + " SUM(stance = 'DISAGREE') d, SUM(stance = 'PASS') p FROM statement_vote WHERE discussion_id = "
                    + id + " GROUP BY statement_id) v ON v.statement_id = s.id"
                    + " SET s.agree_count = v.a, s.disagree_count = v.d, s.pass_count = v.p");
            long votes = (long) PARTICIPANTS * VOTES_PER_PARTICIPANT;
            s.execute("UPDATE discussion SET statement_count = " + STATEMENTS + " WHERE id = " + id);
            s.execute("INSERT INTO discussion_tally (discussion_id, slot, participant_count, vote_count, changes,"
                    + " last_vote_at) VALUES (" + id + ", 0, " + PARTICIPANTS + ", " + votes + ", " + votes
                    + ", NOW(6))");
            return new long[] {account, statement};
        }
    }
}
