package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Real threads against the real MariaDB (pool of 10 connections; the other threads wait for one). Every
 * call must succeed: a duplicate support is a no-op, never an error, a deadlock or a second row.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class SupportConcurrencyTest {

    static final int ROUNDS = 1_000;
    static final int SAME_RESIDENT_THREADS = 50;
    static final int RESIDENTS = 200;

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalEvents events;

    @Test
    void fifty_simultaneous_supports_by_one_resident_count_once_a_thousand_times_over() throws Exception {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, true, false));
        AccountPrincipal resident = fixtures.account();
        fixtures.verify(resident.accountId());
        List<Long> ids =
                fixtures.insertProposals(consultation, fixtures.account().accountId(), ROUNDS);

        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(SAME_RESIDENT_THREADS)) {
            for (long id : ids) {
                List<Integer> counts = race(pool, SAME_RESIDENT_THREADS, i -> () -> {
                    TestAccounts.signIn(resident);
                    try {
                        return supports.support(id);
                    } finally {
                        TestAccounts.signOut();
                    }
                });
                assertThat(counts).as("proposal %d", id).containsOnly(1);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "[concurrency] %d rounds x %d simultaneous supports by one resident: %d ms (%.0f calls/s)%n",
                ROUNDS, SAME_RESIDENT_THREADS, millis, ROUNDS * SAME_RESIDENT_THREADS * 1000.0 / millis);

        var rows = fixtures.dsl()
                .select(SUPPORT.PROPOSAL_ID, count())
                .from(SUPPORT)
                .where(SUPPORT.PROPOSAL_ID.in(ids))
                .groupBy(SUPPORT.PROPOSAL_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        var counters = fixtures.dsl()
                .select(PROPOSAL.ID, PROPOSAL.SUPPORT_COUNT)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.in(ids))
                .fetchMap(r -> r.value1(), r -> r.value2());
        for (long id : ids) {
            assertThat(rows.get(id)).as("support rows of %d", id).isEqualTo(1);
            assertThat(counters.get(id)).as("support_count of %d", id).isEqualTo(1);
        }
        assertThat(events.of(SupportChanged.class).stream().filter(e -> ids.contains(e.proposalId())))
                .hasSize(ROUNDS);
    }

    @Test
    void two_hundred_residents_at_once_make_two_hundred_supports_and_the_threshold_flips_once() throws Exception {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(150, 3, 30, false, false));
        List<AccountPrincipal> residents = fixtures.accounts(RESIDENTS);
        List<Long> ids =
                fixtures.insertProposals(consultation, fixtures.account().accountId(), 5);
        try (ExecutorService pool = Executors.newFixedThreadPool(RESIDENTS)) {
            for (long id : ids) {
                long start = System.nanoTime();
                List<Integer> counts = race(pool, RESIDENTS, i -> () -> {
                    TestAccounts.signIn(residents.get(i));
                    try {
                        return supports.support(id);
                    } finally {
                        TestAccounts.signOut();
                    }
                });
                System.out.printf(
                        "[concurrency] %d residents supporting proposal %d at once: %d ms%n",
                        RESIDENTS, id, (System.nanoTime() - start) / 1_000_000);
                // Serialised on the proposal's row: each call saw the count before it and added one.
                assertThat(counts)
                        .containsExactlyInAnyOrderElementsOf(
                                IntStream.rangeClosed(1, RESIDENTS).boxed().toList());
                assertThat(fixtures.supportRows(id)).isEqualTo(RESIDENTS);
                assertThat(fixtures.supportCount(id)).isEqualTo(RESIDENTS);
                assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.FOR_COUNCIL);
                assertThat(events.of(ProposalReachedThreshold.class).stream().filter(e -> e.proposalId() == id))
                        .hasSize(1);
            }
        }
    }

    /** {@code n} calls released at the same moment by a start gate; their results once all have finished. */
    private static <T> List<T> race(ExecutorService pool, int n, java.util.function.IntFunction<Callable<T>> call)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Callable<T> task = call.apply(i);
            futures.add(pool.submit(() -> {
                ready.countDown();
                gate.await();
                return task.call();
            }));
        }
        ready.await();
        gate.countDown();
        List<T> results = new ArrayList<>(n);
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
