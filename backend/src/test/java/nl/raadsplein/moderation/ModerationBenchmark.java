package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.MODERATION_REPORT;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import nl.raadsplein.Benchmarks;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.ConsultationSettings;
import nl.raadsplein.platform.AuditCheck;
import nl.raadsplein.platform.AuditFixtures;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.StatementCounter;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a timed test: a harness that loads a large moderation backlog and prints what the griffie's queue, the
 * public log, reporting and the audit chain cost. Counts are asserted; timings are only printed.
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * mvn -B -pl jooq-gen,backend verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=ModerationBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Sizes (system properties, passed through with -DargLine="-Dbench.items=2000 ..."): bench.items (20,000 open
 * items in the queue, half proposals, half comments), bench.reports (100,000 open reports over them, skewed: the
 * k-th most reported item has about 1/sqrt(k) of the top one's), bench.residents (10,000 reporters, at least the
 * top item's reports), bench.consultations (10), bench.actions (20,000 decided items, one action each, over two
 * years), bench.appeals (2,000 open appeals against the first of those), bench.auditEntries (200,000),
 * bench.hotReporters (200 qualifying residents reporting one item at once), bench.spreadReports (1,000 reports on
 * as many queued items), bench.records (4,000 audit appends), bench.threads (8), bench.repeats (20). Data are
 * generated on the server (MariaDB's sequence engine, INSERT ... SELECT); the audit entries are hashed in Java
 * with the audit log's own function, so the chain check verifies every one of them.
 */
@Tag("benchmark")
class ModerationBenchmark extends ModerationTestBase {

    private static final int ITEMS = Integer.getInteger("bench.items", 20_000);
    private static final int REPORTS = Integer.getInteger("bench.reports", 100_000);
    private static final int RESIDENTS = Integer.getInteger("bench.residents", 10_000);
    private static final int CONSULTATIONS = Integer.getInteger("bench.consultations", 10);
    private static final int ACTIONS = Integer.getInteger("bench.actions", 20_000);
    private static final int APPEALS = Integer.getInteger("bench.appeals", 2_000);
    private static final int AUDIT_ENTRIES = Integer.getInteger("bench.auditEntries", 200_000);
    private static final int HOT_REPORTERS = Integer.getInteger("bench.hotReporters", 200);
    private static final int SPREAD_REPORTS = Integer.getInteger("bench.spreadReports", 1_000);
    private static final int RECORDS = Integer.getInteger("bench.records", 4_000);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 20);
    private static final int AUTHORS = 1_000;
    private static final int PAGE = 50;
    private static final int CHECK_RUNS = 3;
    private static final String HIDDEN_PENDING_REVIEW = "MODERATION_HIDDEN_PENDING_REVIEW";

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditFixtures auditFixtures;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<String> table = new ArrayList<>();

    /** What the load left where: ids of the bench's own rows, and the first page's expected top. */
    private record Loaded(
            List<Long> consultations, long firstItem, long firstProposal, int proposals, int topReports) {}

    /** Outcome (result or exception) and time of each task, and the wall time of them all. */
    private record Run(List<Object> outcomes, long[] nanos, long wallNanos) {

        int succeeded() {
            return (int)
                    outcomes.stream().filter(o -> !(o instanceof Exception)).count();
        }

        String rate(String calls) {
            return "%,d %s in %.2f s = %,.0f/s"
                    .formatted(outcomes.size(), calls, wallNanos / 1e9, outcomes.size() / (wallNanos / 1e9));
        }
    }

    @Test
    void benchmark() throws Exception {
        checkSizes();
        AccountPrincipal griffier = griffier();
        AccountPrincipal otherGriffier = griffier();
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        int queuedBefore = as(griffier, () -> moderationQueue.countQueue(null));
        int loggedBefore = publicLog.countPublicLog();
        int appealsBefore = as(griffier, () -> appeals.countOpenAppeals());

        long start = System.nanoTime();
        Loaded loaded = load(UUID.randomUUID().toString().substring(0, 8), griffier, otherGriffier);
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        auditFixtures.append(AUDIT_ENTRIES, griffier.accountId(), loaded.firstProposal(), loaded.proposals());
        long auditMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "[benchmark] loaded %,d queued items with %,d reports (top item %,d), %,d"
                        + " decided items with %,d open appeals in %,d ms; %,d audit entries in %,d ms%n",
                ITEMS,
                REPORTS,
                loaded.topReports(),
                ACTIONS,
                APPEALS,
                loadMillis,
                AUDIT_ENTRIES,
                auditMillis);

        measureQueue(griffier, loaded, queuedBefore);
        measureAppeals(griffier, appealsBefore);
        measureLog(loggedBefore);
        measureChainCheck(admin);
        measureHotReports(griffier, HOT_REPORTERS, "by the last report");
        measureHotReports(
                griffier,
                ConsultationSettings.DEFAULT_REPORTS_TO_HIDE,
                "after which reports are refused as already hidden");
        measureSpreadReports(loaded);
        measureRecords(griffier, 1, RECORDS / 4);
        measureRecords(griffier, THREADS, RECORDS);
        AuditCheck after = as(admin, () -> audit.check());
        assertThat(after.intact()).as(after.describe()).isTrue();
        assertThat(after.entries()).isEqualTo(as(admin, () -> audit.count()).longValue());

        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Sizes: %,d queued items, %,d reports, %,d reporters, %d consultations, %,d"
                        + " actions, %,d open appeals, %,d audit entries; %d threads, %d repeats%n",
                ITEMS,
                REPORTS,
                RESIDENTS,
                CONSULTATIONS,
                ACTIONS,
                APPEALS,
                AUDIT_ENTRIES,
                THREADS,
                REPEATS);
        System.out.println();
        System.out.println("| measurement | median | p95 | result |");
        System.out.println("|---|---:|---:|---|");
        table.forEach(System.out::println);
        System.out.println();
    }

    private static void checkSizes() {
        if (ITEMS < 2
                || REPORTS < ITEMS
                || ACTIONS < Math.max(1, APPEALS)
                || SPREAD_REPORTS > ITEMS
                || HOT_REPORTERS < 5
                || HOT_REPORTERS > 1_000) {
            throw new IllegalArgumentException("need bench.items >= 2, bench.reports >= bench.items, bench.actions"
                    + " >= bench.appeals (and >= 1), bench.spreadReports <= bench.items, 5 <= bench.hotReporters"
                    + " <= 1000");
        }
    }

    private void row(String what, long[] nanos, String result) {
        table.add("| %s | %.1f ms | %.1f ms | %s |"
                .formatted(what, Benchmarks.medianMillis(nanos), Benchmarks.p95Millis(nanos), result));
    }

    /** Three calls to warm up, then {@code repeats} timed ones; returns the last result. */
    private <T> T time(String what, int repeats, Supplier<T> call, Function<T, String> result) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        long[] nanos = new long[repeats];
        T last = null;
        for (int i = 0; i < repeats; i++) {
            long before = System.nanoTime();
            last = call.get();
            nanos[i] = System.nanoTime() - before;
        }
        row(what, nanos, result.apply(last));
        return last;
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    private Loaded load(String run, AccountPrincipal griffier, AccountPrincipal otherGriffier) throws SQLException {
        List<Long> consultations = new ArrayList<>();
        for (int i = 0; i < CONSULTATIONS; i++) {
            consultations.add(consultation(hiding(5, 7, false)));
        }
        String consultationOf = "ELT(1 + MOD(%s, " + CONSULTATIONS + "), "
                + consultations.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        int reportedProposals = ITEMS - ITEMS / 2;
        int comments = ITEMS / 2;
        int proposals = reportedProposals + ACTIONS;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            // Reporters: old accounts, not verified, so the loaded reports hide nothing, as they would not have.
            s.executeUpdate("INSERT INTO account (email, display_name, password_hash, email_confirmed_at, created_at)"
                    + " SELECT CONCAT('mb-" + run + "-r-', seq, '@test.example'), CONCAT('Melder ', seq), '{noop}x',"
                    + " NOW(6) - INTERVAL 30 DAY, NOW(6) - INTERVAL 30 DAY FROM seq_0_to_" + (RESIDENTS - 1));
            long firstResident = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM account" + " WHERE email LIKE 'mb-" + run + "-r-%'",
                    RESIDENTS);
            s.executeUpdate("INSERT INTO account (email, display_name, password_hash, email_confirmed_at, created_at)"
                    + " SELECT CONCAT('mb-" + run + "-a-', seq, '@test.example'), CONCAT('Schrijver ', seq), '{noop}x',"
                    + " NOW(6) - INTERVAL 60 DAY, NOW(6) - INTERVAL 60 DAY FROM seq_0_to_" + (AUTHORS - 1));
            long firstAuthor = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM account" + " WHERE email LIKE 'mb-" + run + "-a-%'",
                    AUTHORS);
            s.executeUpdate("INSERT INTO account_role (account_id, role, granted_at) SELECT id, 'RESIDENT', NOW(6)"
                    + " FROM account WHERE email LIKE 'mb-" + run + "-%'");

            s.executeUpdate("INSERT INTO proposal (consultation_id, author_id, title, body, state, created_at,"
                    + " updated_at) SELECT " + consultationOf.formatted("seq") + ", " + firstAuthor + " + MOD(seq, "
                    + AUTHORS + "), CONCAT('Voorstel ', seq, ' over camera''s in de wijk'), CONCAT(REPEAT('Wij"
                    + " willen weten welke camera''s de gemeente ophangt en wie de beelden bekijkt. ', 3), seq),"
                    + " 'PUBLISHED', NOW(6) - INTERVAL 20 DAY, NOW(6) - INTERVAL 20 DAY FROM seq_0_to_"
                    + (proposals - 1));
            long firstProposal = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM proposal" + " WHERE author_id BETWEEN " + firstAuthor
                            + " AND " + (firstAuthor + AUTHORS - 1),
                    proposals);
            s.executeUpdate("INSERT INTO comment (proposal_id, depth, author_id, alignment, body, state, created_at)"
                    + " SELECT " + firstProposal + " + MOD(seq, " + reportedProposals + "), 1, " + firstAuthor
                    + " + MOD(seq * 7 + 3, " + AUTHORS + "), ELT(1 + MOD(seq, 3), 'FOR', 'AGAINST', 'NEUTRAL'),"
                    + " CONCAT('Reactie ', seq, ': dit gaat over mijn buurman en die heeft er niets mee te maken.'),"
                    + " 'PUBLISHED', NOW(6) - INTERVAL 19 DAY FROM seq_0_to_" + (comments - 1));
            long firstComment = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM comment" + " WHERE author_id BETWEEN " + firstAuthor
                            + " AND " + (firstAuthor + AUTHORS - 1),
                    comments);

            // The queued items in one statement: auto-increment values are only contiguous within one.
            s.executeUpdate("INSERT INTO moderation_item (item_type, item_id, consultation_id, author_id, status,"
                    + " opened_at) SELECT 'PROPOSAL', id, consultation_id, author_id, 'OPEN', NOW(6) FROM proposal"
                    + " WHERE id BETWEEN " + firstProposal + " AND " + (firstProposal + reportedProposals - 1)
                    + " UNION ALL SELECT 'COMMENT', c.id, p.consultation_id, c.author_id, 'OPEN', NOW(6)"
                    + " FROM comment c JOIN proposal p ON p.id = c.proposal_id WHERE c.id BETWEEN " + firstComment
                    + " AND " + (firstComment + comments - 1));
            long firstItem = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM moderation_item" + " WHERE author_id BETWEEN " + firstAuthor
                            + " AND " + (firstAuthor + AUTHORS - 1),
                    ITEMS);
            String items = " BETWEEN " + firstItem + " AND " + (firstItem + ITEMS - 1);
            int topReports = spreadReports(s, items, firstItem, firstResident);

            // Decided items, one action each, spread over two years; the first APPEALS are hides under appeal.
            s.executeUpdate("INSERT INTO moderation_item (item_type, item_id, consultation_id, author_id, status,"
                    + " opened_at, closed_at, version) SELECT 'PROPOSAL', id, consultation_id, author_id, 'CLOSED',"
                    + " t, t, 1 FROM (SELECT id, consultation_id, author_id, NOW(6) - INTERVAL MOD((id - "
                    + firstProposal + ") * 7919, 730 * 1440) MINUTE AS t FROM proposal WHERE id BETWEEN "
                    + (firstProposal + reportedProposals) + " AND " + (firstProposal + proposals - 1) + ") x");
            long firstDecided = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM"
                            + " moderation_item WHERE status = 'CLOSED' AND author_id BETWEEN " + firstAuthor + " AND "
                            + (firstAuthor + AUTHORS - 1),
                    ACTIONS);
            s.executeUpdate("INSERT INTO moderation_action (moderation_item_id, action, reason, text, actor_id,"
                    + " acted_at) SELECT id, IF(id < " + (firstDecided + APPEALS) + ", 'HIDE', ELT(1 + MOD(id, 5),"
                    + " 'HIDE', 'DISMISS', 'APPROVE', 'REDACT', 'RESTORE')), "
                    + elt("id DIV 5", ModerationReason.values()) + ", 'Toelichting van de griffie', IF(MOD(id, 2) = 0, "
                    + griffier.accountId() + ", " + otherGriffier.accountId() + "), opened_at FROM moderation_item"
                    + " WHERE id BETWEEN " + firstDecided + " AND " + (firstDecided + ACTIONS - 1));
            long firstAction = Benchmarks.firstOfContiguous(
                    s,
                    "SELECT MIN(id), MAX(id), COUNT(*) FROM"
                            + " moderation_action WHERE moderation_item_id BETWEEN " + firstDecided + " AND "
                            + (firstDecided + ACTIONS - 1),
                    ACTIONS);
            s.executeUpdate("INSERT INTO moderation_appeal (action_id, appellant_id, text, filed_at) SELECT a.id,"
                    + " i.author_id, 'Ik ben het niet eens met dit besluit.', a.acted_at + INTERVAL 1 HOUR FROM"
                    + " moderation_action a JOIN moderation_item i ON i.id = a.moderation_item_id WHERE a.id BETWEEN "
                    + firstAction + " AND " + (firstAction + APPEALS - 1));
            s.execute("ANALYZE TABLE account, proposal, comment, moderation_item, moderation_report,"
                    + " moderation_action, moderation_appeal");
            return new Loaded(consultations, firstItem, firstProposal, proposals, topReports);
        }
    }

    /**
     * Gives the queued items REPORTS reports in all, the item of rank k (a permutation of the ids) about
     * 1/sqrt(k + 1) of the top one's and at least one, each by distinct reporters. Returns the top item's count.
     */
    private static int spreadReports(Statement s, String items, long firstItem, long firstResident)
            throws SQLException {
        long multiplier = 7919;
        while (!BigInteger.valueOf(multiplier).gcd(BigInteger.valueOf(ITEMS)).equals(BigInteger.ONE)) {
            multiplier++;
        }
        String rank = "MOD((id - " + firstItem + ") * " + multiplier + ", " + ITEMS + ")";
        double weights = scalar(s, "SELECT SUM(1 / SQRT(seq + 1)) FROM seq_0_to_" + (ITEMS - 1))
                .doubleValue();
        s.executeUpdate("UPDATE moderation_item SET open_reports = 1 + FLOOR(" + (REPORTS - ITEMS) + " / SQRT(1 + "
                + rank + ") / " + weights + "), opened_at = NOW(6) - INTERVAL MOD((id - " + firstItem + ") * 104729, "
                + ITEMS + ") MINUTE WHERE id" + items);
        long missing = REPORTS
                - scalar(s, "SELECT SUM(open_reports) FROM moderation_item WHERE id" + items)
                        .longValue();
        if (missing < 0 || missing > ITEMS) {
            throw new IllegalStateException("rounding left " + missing + " reports to place");
        }
        s.executeUpdate("UPDATE moderation_item SET open_reports = open_reports + 1 WHERE id" + items + " AND " + rank
                + " < " + missing);
        int top = scalar(s, "SELECT MAX(open_reports) FROM moderation_item WHERE id" + items)
                .intValue();
        if (top > RESIDENTS) {
            throw new IllegalArgumentException("bench.residents must be at least " + top + " (the top item's reports)");
        }
        // Reporter (offset + k) mod RESIDENTS for k < the item's count: distinct per item.
        s.executeUpdate("INSERT INTO moderation_report (moderation_item_id, reporter_id, reason, text, qualifies,"
                + " by_griffie, created_at) SELECT i.id, " + firstResident + " + MOD((i.id - " + firstItem + ") * 7907"
                + " + s.seq, " + RESIDENTS + "), " + elt("i.id + s.seq DIV 4", ReportReason.values()) + ", IF(MOD(i.id"
                + " + s.seq DIV 4, 7) = 6, 'Dit hoort hier niet', NULL), FALSE, FALSE, i.opened_at + INTERVAL s.seq"
                + " SECOND FROM moderation_item i JOIN seq_0_to_" + (top - 1) + " s ON s.seq < i.open_reports WHERE"
                + " i.id" + items);
        long loaded = scalar(s, "SELECT COUNT(*) FROM moderation_report WHERE moderation_item_id" + items)
                .longValue();
        if (loaded != REPORTS) {
            throw new IllegalStateException(loaded + " reports loaded, not " + REPORTS);
        }
        return top;
    }

    /** ELT over the names of {@code values}, picked by {@code expression} modulo their number. */
    private static String elt(String expression, Enum<?>[] values) {
        return "ELT(1 + MOD(" + expression + ", " + values.length + "), "
                + Arrays.stream(values).map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    private static Number scalar(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return (Number) r.getObject(1);
        }
    }

    // ---- the queue, appeals and the public log ---------------------------------------------------------------

    private void measureQueue(AccountPrincipal griffier, Loaded loaded, int queuedBefore) throws SQLException {
        int perConsultation = 0;
        for (long consultation : loaded.consultations()) {
            perConsultation += as(griffier, () -> moderationQueue.countQueue(consultation));
        }
        assertThat(perConsultation).isEqualTo(ITEMS);
        long one = loaded.consultations().getFirst();
        for (Long consultation : Arrays.asList(null, one)) {
            String scope = consultation == null ? "all" : "1 of " + CONSULTATIONS + " consultations";
            int total = time(
                    "countQueue(%s)".formatted(scope),
                    REPEATS,
                    () -> as(griffier, () -> moderationQueue.countQueue(consultation)),
                    "%,d items"::formatted);
            if (consultation == null) {
                assertThat(total).isEqualTo(queuedBefore + ITEMS);
            }
            for (QueueSort sort : QueueSort.values()) {
                for (int offset : new int[] {0, Math.max(0, total - PAGE)}) {
                    var counted = StatementCounter.during(
                            () -> as(griffier, () -> moderationQueue.queue(sort, consultation, offset, PAGE)));
                    assertThat(counted.statements()).as("statements per page").hasSize(1);
                    if (sort == QueueSort.MOST_REPORTED && offset == 0) {
                        explain(counted.statements().getFirst());
                    }
                    List<QueueItem> page = time(
                            "queue(%s, %s, offset %,d, %d)".formatted(sort, scope, offset, PAGE),
                            REPEATS,
                            () -> as(griffier, () -> moderationQueue.queue(sort, consultation, offset, PAGE)),
                            p -> "%d rows, %d statement"
                                    .formatted(p.size(), counted.statements().size()));
                    assertThat(page).hasSize(Math.min(PAGE, total - offset));
                    assertThat(page)
                            .allSatisfy(item -> assertThat(item.reasons()).isNotEmpty());
                    if (sort == QueueSort.MOST_REPORTED) {
                        assertThat(page)
                                .isSortedAccordingTo(Comparator.comparingInt(QueueItem::reportCount)
                                        .reversed());
                        if (offset == 0 && consultation == null) {
                            assertThat(page.getFirst().reportCount()).isEqualTo(loaded.topReports());
                        }
                    } else {
                        assertThat(page).isSortedAccordingTo(Comparator.comparing(QueueItem::since));
                    }
                }
            }
        }
    }

    /** Prints MariaDB's plan of the default view's query, to explain its time. */
    private void explain(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("EXPLAIN " + sql)) {
            System.out.println("[benchmark] plan of: " + sql);
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder("[benchmark] plan:");
                for (int col = 1; col <= columns; col++) {
                    line.append(' ')
                            .append(r.getMetaData().getColumnLabel(col))
                            .append('=')
                            .append(r.getString(col));
                }
                System.out.println(line);
            }
        }
    }

    private void measureAppeals(AccountPrincipal griffier, int appealsBefore) {
        int open = time(
                "countOpenAppeals()",
                REPEATS,
                () -> as(griffier, () -> appeals.countOpenAppeals()),
                "%,d appeals"::formatted);
        assertThat(open).isEqualTo(appealsBefore + APPEALS);
        List<AppealView> page = time(
                "openAppeals(0, %d)".formatted(PAGE),
                REPEATS,
                () -> as(griffier, () -> appeals.openAppeals(0, PAGE)),
                p -> p.size() + " rows");
        assertThat(page).hasSize(Math.min(PAGE, open)).isSortedAccordingTo(Comparator.comparing(AppealView::filedAt));
    }

    private void measureLog(int loggedBefore) {
        TestAccounts.signInAnonymously();
        int total = time("countPublicLog()", REPEATS, () -> publicLog.countPublicLog(), "%,d actions"::formatted);
        assertThat(total).isEqualTo(loggedBefore + ACTIONS);
        for (int offset : new int[] {0, Math.max(0, total - PAGE)}) {
            assertThat(StatementCounter.during(() -> publicLog.publicLog(offset, PAGE))
                            .statements())
                    .hasSize(1);
            List<PublicLogEntry> page = time(
                    "publicLog(%,d, %d)".formatted(offset, PAGE),
                    REPEATS,
                    () -> publicLog.publicLog(offset, PAGE),
                    p -> p.size() + " rows, 1 statement");
            assertThat(page)
                    .hasSize(Math.min(PAGE, total))
                    .isSortedAccordingTo(
                            Comparator.comparing(PublicLogEntry::actedAt).reversed());
        }
        List<MonthlyCount> months = time(
                "monthlyCounts()",
                REPEATS,
                () -> publicLog.monthlyCounts(),
                m -> "%d rows over %d months"
                        .formatted(
                                m.size(),
                                m.stream().map(MonthlyCount::month).distinct().count()));
        assertThat(months.stream().mapToLong(MonthlyCount::count).sum()).isEqualTo(total);
        TestAccounts.signOut();
    }

    // ---- reporting --------------------------------------------------------------------------------------------

    /**
     * {@link #HOT_REPORTERS} qualifying residents report one new proposal at once from {@link #THREADS} threads,
     * in a consultation where {@code toHide} of them hide it: it is hidden exactly once, with one audit entry, and
     * every report either counts or (once the item is hidden) is refused as already hidden.
     */
    private void measureHotReports(AccountPrincipal griffier, int toHide, String note) throws Exception {
        long id = proposal(consultation(hiding(toHide, 7, false)), fixtures.account());
        ContentRef ref = ContentRef.proposal(id);
        List<AccountPrincipal> reporters = residents(HOT_REPORTERS, 30, true);
        Run run = concurrently(
                THREADS,
                reporters.stream()
                        .<Callable<?>>map(r -> () -> {
                            report(r, ref, ReportReason.NAMES_PRIVATE_PERSON);
                            return "ok";
                        })
                        .toList());
        assertThat(run.outcomes())
                .as("accepted, or refused as already hidden")
                .allMatch(o -> "ok".equals(o)
                        || o instanceof InvalidInputException refused
                                && "moderation.error.already-hidden".equals(refused.messageKey()));
        int accepted = run.succeeded();
        assertThat(accepted).isGreaterThanOrEqualTo(toHide);
        if (toHide == HOT_REPORTERS) {
            assertThat(accepted).isEqualTo(HOT_REPORTERS);
        }
        assertThat(dsl().fetchCount(
                                MODERATION_REPORT,
                                MODERATION_REPORT.MODERATION_ITEM_ID.eq(as(
                                        griffier,
                                        () -> moderationQueue.item(ref).item().itemId()))))
                .isEqualTo(accepted);
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        assertThat(dsl().fetchCount(
                                AUDIT_ENTRY,
                                AUDIT_ENTRY
                                        .ACTION
                                        .eq(HIDDEN_PENDING_REVIEW)
                                        .and(AUDIT_ENTRY.ITEM_TYPE.eq(ContentType.PROPOSAL.name()))
                                        .and(AUDIT_ENTRY.ITEM_ID.eq(id))))
                .isEqualTo(1);
        QueueItem item = as(griffier, () -> moderationQueue.item(ref).item());
        assertThat(item.hiddenByReports()).isTrue();
        assertThat(item.reportCount()).isEqualTo(accepted);
        row(
                "report(), one new item, %d qualifying residents, %d threads, N = %d"
                        .formatted(HOT_REPORTERS, THREADS, toHide),
                run.nanos(),
                run.rate("calls")
                        + ": %d accepted, %d refused; hidden once, %s"
                                .formatted(accepted, HOT_REPORTERS - accepted, note));
    }

    /** Qualifying residents each report another queued item: no item reaches N, nothing is hidden. */
    private void measureSpreadReports(Loaded loaded) throws Exception {
        String items = " BETWEEN " + loaded.firstItem() + " AND " + (loaded.firstItem() + ITEMS - 1);
        List<ContentRef> queued = dsl().select(MODERATION_ITEM.ITEM_TYPE, MODERATION_ITEM.ITEM_ID)
                .from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ID.between(loaded.firstItem(), loaded.firstItem() + ITEMS - 1))
                .orderBy(MODERATION_ITEM.ID)
                .fetch(r -> new ContentRef(r.value1(), r.value2()));
        List<AccountPrincipal> reporters = residents(SPREAD_REPORTS, 30, true);
        int step = Math.max(1, ITEMS / SPREAD_REPORTS);
        Run run = concurrently(
                THREADS,
                LongStream.range(0, SPREAD_REPORTS)
                        .<Callable<?>>mapToObj(k -> () -> {
                            report(reporters.get((int) k), queued.get((int) (k * step % ITEMS)), ReportReason.SPAM);
                            return "ok";
                        })
                        .toList());
        assertThat(run.outcomes()).containsOnly("ok");
        assertThat(dsl().fetchCount(MODERATION_REPORT, DSL.condition("moderation_item_id" + items)))
                .isEqualTo(REPORTS + SPREAD_REPORTS);
        assertThat(dsl().fetchCount(MODERATION_ITEM, DSL.condition("id" + items + " AND hidden_by_reports")))
                .isZero();
        row(
                "report(), %,d items already queued, %d threads".formatted(SPREAD_REPORTS, THREADS),
                run.nanos(),
                run.rate("reports") + "; none hidden");
    }

    // ---- the audit chain --------------------------------------------------------------------------------------

    private void measureChainCheck(AccountPrincipal admin) {
        long[] nanos = new long[CHECK_RUNS];
        AuditCheck check = null;
        for (int i = 0; i < CHECK_RUNS; i++) {
            long before = System.nanoTime();
            check = as(admin, () -> audit.check());
            nanos[i] = System.nanoTime() - before;
        }
        assertThat(check.intact()).as(check.describe()).isTrue();
        assertThat(check.entries())
                .isEqualTo(as(admin, () -> audit.count()).longValue())
                .isGreaterThanOrEqualTo(AUDIT_ENTRIES);
        row(
                "AuditLog.check(), %d runs (p95: the slowest)".formatted(CHECK_RUNS),
                nanos,
                "intact, %,d entries walked".formatted(check.entries()));
    }

    /** Appends in their own transactions; the head row lock makes them take turns. */
    private void measureRecords(AccountPrincipal actor, int threads, int count) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Run run = concurrently(
                threads,
                LongStream.range(0, count)
                        .<Callable<?>>mapToObj(i -> () -> as(
                                actor,
                                () -> transaction.execute(status -> trail.record(
                                        actor.accountId(),
                                        "BENCH_RECORD",
                                        "PROPOSAL",
                                        i,
                                        "SPAM",
                                        "benchmark append " + i))))
                        .toList());
        assertThat(run.outcomes()).allMatch(Long.class::isInstance);
        assertThat(run.outcomes().stream().distinct()).hasSize(count);
        row(
                "AuditTrail.record(), %d thread%s".formatted(threads, threads == 1 ? "" : "s"),
                run.nanos(),
                run.rate("appends"));
    }

    /** Each task on one of {@code threads} threads, all released at once. */
    private static Run concurrently(int threads, List<Callable<?>> tasks) throws Exception {
        long[] nanos = new long[tasks.size()];
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                int n = i;
                Callable<?> task = tasks.get(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    long start = System.nanoTime();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        nanos[n] = System.nanoTime() - start;
                    }
                }));
            }
            long start = System.nanoTime();
            gate.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return new Run(outcomes, nanos, System.nanoTime() - start);
        }
    }
}
