package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.Benchmarks;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Not a timed test: a harness that loads a large consultation and prints what supporting and finding cost.
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * mvn -B -pl jooq-gen,backend verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=ProposalBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Sizes (system properties, passed through with -DargLine="-Dbench.proposals=10000 ..."): bench.proposals
 * (100,000), bench.residents (10,000), bench.supportsPerResident (100, at most proposals / 1,000),
 * bench.threads (8), bench.seconds (10), bench.warmUpSeconds (5), bench.repeats (20). Data are generated on the
 * server (MariaDB's sequence engine, INSERT ... SELECT), so loading a million supports takes seconds, not a million
 * round trips.
 */
@Tag("benchmark")
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ProposalBenchmark {

    private static final int PROPOSALS = Integer.getInteger("bench.proposals", 100_000);
    private static final int RESIDENTS = Integer.getInteger("bench.residents", 10_000);
    private static final int SUPPORTS_PER_RESIDENT = Integer.getInteger("bench.supportsPerResident", 100);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int WARM_UP = Integer.getInteger("bench.warmUpSeconds", 5);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 20);
    private static final String[] WORDS = {
        "camera",
        "privacy",
        "datalek",
        "algoritme",
        "wifi",
        "sensor",
        "app",
        "openbaar",
        "toezicht",
        "buurt",
        "gegevens",
        "veiligheid",
        "parkeren",
        "fiets",
        "markt",
        "bibliotheek",
        "loket",
        "inclusie",
        "datacenter",
        "antenne"
    };

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    DataSource dataSource;

    private final List<String> table = new ArrayList<>();

    @Test
    void benchmark() throws Exception {
        if (SUPPORTS_PER_RESIDENT * 1000 > PROPOSALS && SUPPORTS_PER_RESIDENT > 1) {
            throw new IllegalArgumentException("bench.supportsPerResident must be at most bench.proposals / 1000");
        }
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(1_000, 3, 30, true, false));
        AccountPrincipal author = fixtures.account();
        String run = UUID.randomUUID().toString().substring(0, 8);

        long t0 = System.nanoTime();
        long[] residents = load(consultation, author.accountId(), run);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "[benchmark] loaded %,d proposals, %,d residents, %,d supports in %,d ms%n",
                PROPOSALS,
                RESIDENTS,
                (long) RESIDENTS * SUPPORTS_PER_RESIDENT,
                loadMillis);
        long firstProposal = residents[2];
        long firstResident = residents[0];

        // Spread: each call a fresh (resident, proposal) pair, away from the loaded ones (the service at offset 500
        // mod 1,000, the bare SQL at 250, their unmeasured warm-ups at 750 and 125), so that every call inserts and
        // none meets a loaded support. The warm-ups let both measured runs run compiled code: without them the
        // service, measured first, ran its first seconds on code not yet compiled.
        supportsPerSecond(this::supportThroughService, spreadPairs(firstResident, firstProposal, 750), WARM_UP);
        supportsPerSecond(this::supportInBareSql, spreadPairs(firstResident, firstProposal, 125), WARM_UP);
        double spread = supportsPerSecond(this::supportThroughService, spreadPairs(firstResident, firstProposal, 500));
        double spreadBare = supportsPerSecond(this::supportInBareSql, spreadPairs(firstResident, firstProposal, 250));
        row(
                "support(), spread over %,d proposals, %d threads".formatted(PROPOSALS, THREADS),
                "%,.0f supports/s; bare SQL (insert and counter update in one transaction) %,.0f/s: %.0f %% (goal: 500/s and at least half)"
                        .formatted(spread, spreadBare, 100 * spread / spreadBare));

        // Hot: every thread supports one new proposal, each call a resident who has not yet supported it.
        long hot = fixtures.insertProposals(consultation, author.accountId(), 1).getFirst();
        double hotRate = supportsPerSecond(this::supportThroughService, hotPairs(firstResident, hot));
        long hotBare =
                fixtures.insertProposals(consultation, author.accountId(), 1).getFirst();
        double hotBareRate = supportsPerSecond(this::supportInBareSql, hotPairs(firstResident, hotBare));
        row(
                "support(), one hot proposal, %d threads".formatted(THREADS),
                "%,.0f supports/s; bare SQL %,.0f/s: %.0f %% (goal: 100/s and at least half)"
                        .formatted(hotRate, hotBareRate, 100 * hotRate / hotBareRate));

        TestAccounts.signIn(author);
        String text = "camera privacy";
        for (ProposalSort sort : ProposalSort.values()) {
            for (String search : new String[] {null, text}) {
                if (search == null || sort == ProposalSort.RANDOM || sort == ProposalSort.MOST_SUPPORTED) {
                    timeFind(new ProposalQuery(consultation, search, null, null, null, false, false, sort, 42));
                }
            }
        }
        TestAccounts.signOut();

        System.out.println();
        System.out.println("| measurement | result |");
        System.out.println("|---|---|");
        table.forEach(System.out::println);
        System.out.println();
    }

    private void row(String what, String result) {
        table.add("| " + what + " | " + result + " |");
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    /** Returns {first resident id, number of residents, first proposal id}; both ranges contiguous. */
    private long[] load(long consultation, long authorId, String run) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET SESSION unique_checks = 1");
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < WORDS.length; i++) {
                words.append(i == 0 ? "" : ", ").append('\'').append(WORDS[i]).append('\'');
            }
            String word = "ELT(1 + (seq DIV %d) MOD " + WORDS.length + ", " + words + ")";
            s.executeUpdate("INSERT INTO account (email, display_name, password_hash, email_confirmed_at, created_at,"
                    + " verified_at) SELECT CONCAT('bench-" + run
                    + "-', seq, '@test.example'), CONCAT('Bewoner ', seq),"
                    + " '{noop}x', NOW(6), NOW(6), NOW(6) FROM seq_0_to_" + (RESIDENTS - 1));
            long firstResident = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM account" + " WHERE email LIKE 'bench-" + run + "-%'",
                    RESIDENTS);
            s.executeUpdate("INSERT INTO account_role (account_id, role, granted_at) SELECT id, 'RESIDENT', NOW(6)"
                    + " FROM account WHERE email LIKE 'bench-" + run + "-%'");
            long before = System.nanoTime();
            s.executeUpdate("INSERT INTO proposal (consultation_id, author_id, title, body, state, created_at,"
                    + " updated_at) SELECT " + consultation + ", " + authorId + ", CONCAT('Voorstel over ', "
                    + word.formatted(1) + ", ' en ', " + word.formatted(7) + ", ' ', seq), CONCAT('Wij willen dat de"
                    + " gemeente iets doet aan ', " + word.formatted(3) + ", ' in de ', " + word.formatted(11)
                    + ", '. Dat is goed voor de ', " + word.formatted(13) + ", ' en voor iedereen die ', "
                    + word.formatted(17) + ", ' gebruikt. Voorstel nummer ', seq, '.'), 'PUBLISHED',"
                    + " NOW(6) - INTERVAL seq SECOND, NOW(6) FROM seq_0_to_" + (PROPOSALS - 1));
            System.out.printf(
                    Locale.ROOT,
                    "[benchmark] proposals inserted in %,d ms%n",
                    (System.nanoTime() - before) / 1_000_000);
            long firstProposal = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM proposal" + " WHERE consultation_id = " + consultation,
                    PROPOSALS);
            s.executeUpdate("INSERT INTO proposal_topic (proposal_id, topic_code) SELECT id, ELT(1 + id MOD 3,"
                    + " 'cameras', 'personal-data', 'algorithms') FROM proposal WHERE consultation_id = "
                    + consultation);
            before = System.nanoTime();
            // Resident r supports proposals (10 r + 1,000 k) mod P for k < supportsPerResident: distinct pairs.
            for (int k = 0; k < SUPPORTS_PER_RESIDENT; k++) {
                s.executeUpdate("INSERT INTO support (proposal_id, account_id, created_at) SELECT " + firstProposal
                        + " + MOD(seq * 10 + " + (k * 1000L) + ", " + PROPOSALS + "), " + firstResident
                        + " + seq, NOW(6) FROM seq_0_to_" + (RESIDENTS - 1));
            }
            System.out.printf(
                    Locale.ROOT, "[benchmark] supports inserted in %,d ms%n", (System.nanoTime() - before) / 1_000_000);
            s.executeUpdate("UPDATE proposal p JOIN (SELECT proposal_id, COUNT(*) AS n FROM support WHERE proposal_id"
                    + " BETWEEN " + firstProposal + " AND " + (firstProposal + PROPOSALS - 1) + " GROUP BY proposal_id)"
                    + " s ON s.proposal_id = p.id SET p.support_count = s.n");
            s.execute("ANALYZE TABLE proposal, support, proposal_topic");
            return new long[] {firstResident, RESIDENTS, firstProposal};
        }
    }

    // ---- supporting ------------------------------------------------------------------------------------------

    interface Pairs {
        /** {account id, proposal id} for the i-th call of a thread, or null when it has no more. */
        long[] next(int thread, int i);
    }

    /**
     * Each call a pair no other call gets (random pairs met each other: the bare SQL then failed on the duplicate
     * and the service returned early): call k of all threads is resident k mod RESIDENTS and the (k / RESIDENTS)-th
     * of that resident's proposals, every 1,000th from the resident's own start.
     */
    private static Pairs spreadPairs(long firstResident, long firstProposal, int offset) {
        int perResident = Math.max(1, PROPOSALS / 1000);
        return (thread, i) -> {
            long k = (long) i * THREADS + thread;
            if (k >= (long) RESIDENTS * perResident) {
                return null;
            }
            long resident = k % RESIDENTS;
            long proposal = (resident * 10L + (k / RESIDENTS) * 1000L + offset) % PROPOSALS;
            return new long[] {firstResident + resident, firstProposal + proposal};
        };
    }

    private static Pairs hotPairs(long firstResident, long proposal) {
        return (thread, i) -> {
            long resident = (long) i * THREADS + thread;
            return resident >= RESIDENTS ? null : new long[] {firstResident + resident, proposal};
        };
    }

    /** One support as a resident gives it: logged in, through the service with its checks and locks. */
    private void supportThroughService(long resident, long proposal) {
        TestAccounts.signIn(new AccountPrincipal(
                resident, "bench@test.example", "Bewoner", "nl", true, java.util.EnumSet.of(Role.RESIDENT), null));
        try {
            supports.support(proposal);
        } finally {
            TestAccounts.signOut();
        }
    }

    /**
     * What a support needs at the least: the counter and its row, in one transaction. The counter first: inserting
     * first takes a shared lock on the proposal (the foreign key) that two transactions then both want to raise.
     */
    private void supportInBareSql(long resident, long proposal) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement count =
                            c.prepareStatement("UPDATE proposal SET support_count = support_count + 1 WHERE id = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO support (proposal_id, account_id, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))")) {
                count.setLong(1, proposal);
                count.executeUpdate();
                insert.setLong(1, proposal);
                insert.setLong(2, resident);
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Support {
        void give(long resident, long proposal);
    }

    private double supportsPerSecond(Support support, Pairs pairs) throws Exception {
        return supportsPerSecond(support, pairs, SECONDS);
    }

    private double supportsPerSecond(Support support, Pairs pairs, int limitSeconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<int[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int calls = 0;
                    int failures = 0;
                    for (int i = 0; !stop.get(); i++) {
                        long[] pair = pairs.next(thread, i);
                        if (pair == null) {
                            break;
                        }
                        try {
                            support.give(pair[0], pair[1]);
                            calls++;
                        } catch (RuntimeException e) {
                            failures++;
                            if (failures == 1) {
                                e.printStackTrace();
                            }
                        }
                    }
                    return new int[] {calls, failures};
                }));
            }
            pool.shutdown();
            // Threads that run out of pairs stop early, and the rate is over the time they took.
            pool.awaitTermination(limitSeconds, TimeUnit.SECONDS);
            stop.set(true);
            int calls = 0;
            int failures = 0;
            for (Future<int[]> f : results) {
                calls += f.get()[0];
                failures += f.get()[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT, "[benchmark] %,d support calls (%d failed) in %.1f s%n", calls, failures, seconds);
            return calls / seconds;
        }
    }

    // ---- finding ---------------------------------------------------------------------------------------------

    private void timeFind(ProposalQuery query) throws SQLException {
        var counted = StatementCounter.during(() -> proposals.find(query, 0, 20));
        String sql = counted.statements().getFirst();
        String name = query.sort() + (query.text() == null ? "" : " text");
        System.out.println("[benchmark] SQL of find " + name + ": " + sql);
        printPlan("find " + name, sql);
        printPlan(
                "count " + name,
                StatementCounter.during(() -> proposals.count(query))
                        .statements()
                        .getFirst());
        for (int i = 0; i < 3; i++) {
            proposals.find(query, 0, 20);
        }
        long[] service = new long[REPEATS];
        long[] countTimes = new long[REPEATS];
        long[] bare = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            int page = proposals.find(query, 20 * (i % 5), 20).size();
            service[i] = System.nanoTime() - start;
            start = System.nanoTime();
            int total = proposals.count(query);
            countTimes[i] = System.nanoTime() - start;
            if (page == 0 || total == 0) {
                throw new IllegalStateException("empty result for " + query);
            }
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < REPEATS + 3; i++) {
                long start = System.nanoTime();
                try (ResultSet r = p.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int col = 1; col <= columns; col++) {
                            r.getObject(col);
                        }
                    }
                }
                if (i >= 3) {
                    bare[i - 3] = System.nanoTime() - start;
                }
            }
        }
        String what = "find() page of 20, " + query.sort()
                + (query.text() == null
                        ? ""
                        : ", text \"" + query.text() + "\" (" + proposals.count(query) + " matches)");
        row(
                what,
                "median %.1f ms (bare SQL over JDBC %.1f ms); count() %.1f ms (goal: both under 10 ms)"
                        .formatted(
                                Benchmarks.medianMillis(service),
                                Benchmarks.medianMillis(bare),
                                Benchmarks.medianMillis(countTimes)));
    }

    /** MariaDB's plan for a statement: per table how it is read, by which index, and about how many rows. */
    private void printPlan(String what, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("EXPLAIN " + sql)) {
            while (plan.next()) {
                System.out.printf(
                        Locale.ROOT,
                        "[benchmark] plan of %s: table %s, %s, key %s, rows %s, %s%n",
                        what,
                        plan.getString("table"),
                        plan.getString("type"),
                        plan.getString("key"),
                        plan.getString("rows"),
                        plan.getString("Extra"));
            }
        }
    }
}
