package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.ConsultationSettings;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.SupportService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The shared context, fixtures and helpers of the moderation tests (all on the embedded MariaDB). */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
abstract class ModerationTestBase {

    @Autowired
    ReportService reporting;

    @Autowired
    ModerationQueueService moderationQueue;

    @Autowired
    ModerationActionService actions;

    @Autowired
    AppealService appeals;

    @Autowired
    PublicLogService publicLog;

    @Autowired
    ConductRulesService conductRules;

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditTrail trail;

    @Autowired
    MutableClock clock;

    @Autowired
    ModerationEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    DSLContext dsl() {
        return fixtures.dsl();
    }

    /** Settings in which N verified residents with accounts of D days hide an item. */
    static ConsultationSettings hiding(int n, int days, boolean premoderation) {
        return ProposalFixtures.settings(50, 3, 30, false, premoderation).withHiding(n, days);
    }

    long consultation(ConsultationSettings settings) {
        return fixtures.consultation(Phase.PROPOSALS, settings);
    }

    /** A proposal by a new resident (returned with it) in the consultation. */
    long proposal(long consultationId, AccountPrincipal author) {
        return as(author, () -> proposals.submit(ProposalFixtures.submission(consultationId, "Voorstel over cameras")));
    }

    long comment(long proposalId, AccountPrincipal author, Alignment alignment, String body) {
        return as(author, () -> comments.comment(newComment(proposalId, null, alignment, body)));
    }

    /** Residents whose accounts were created {@code ageDays} ago, verified or not. */
    List<AccountPrincipal> residents(int count, int ageDays, boolean verified) {
        List<AccountPrincipal> accounts = fixtures.accounts(count);
        List<Long> ids = accounts.stream().map(AccountPrincipal::accountId).toList();
        dsl().update(ACCOUNT)
                .set(ACCOUNT.CREATED_AT, clock.instant().minus(Duration.ofDays(ageDays)))
                .set(ACCOUNT.VERIFIED_AT, verified ? clock.instant() : null)
                .where(ACCOUNT.ID.in(ids))
                .execute();
        return accounts;
    }

    AccountPrincipal griffier() {
        return fixtures.account(Role.GRIFFIER);
    }

    void report(AccountPrincipal who, ContentRef ref, ReportReason reason) {
        as(who, () -> {
            reporting.report(new Report(ref, reason, null));
            return null;
        });
    }

    String proposalState(long id) {
        return dsl().select(PROPOSAL.STATE)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .fetchOne()
                .value1()
                .name();
    }

    String commentState(long id) {
        return dsl().select(COMMENT.STATE)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id))
                .fetchOne()
                .value1()
                .name();
    }

    int[] commentCounts(long proposalId) {
        var r = dsl().select(PROPOSAL.COMMENT_COUNT, PROPOSAL.COMMENTS_FOR, PROPOSAL.COMMENTS_AGAINST)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(proposalId))
                .fetchOne();
        return new int[] {r.value1(), r.value2(), r.value3()};
    }

    List<String> notificationKinds(long accountId) {
        return dsl().select(NOTIFICATION.KIND)
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.ID)
                .fetch(r -> r.value1());
    }

    List<String> notificationLinks(long accountId) {
        return dsl().select(NOTIFICATION.LINK)
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.ID)
                .fetch(r -> r.value1());
    }

    List<String> notificationTitles(long accountId) {
        return dsl().select(NOTIFICATION.TITLE)
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.ID)
                .fetch(r -> r.value1());
    }

    int actionRows(ContentRef ref) {
        return moderationQueue.item(ref).actions().size();
    }

    int moderationActionCount() {
        return dsl().fetchCount(MODERATION_ACTION);
    }

    int version(AccountPrincipal griffier, ContentRef ref) {
        return as(griffier, () -> moderationQueue.version(ref));
    }

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    /** {@code n} calls released at the same moment; their outcomes (result or exception) once all finished. */
    static <T> List<Object> race(int n, IntFunction<Callable<T>> call) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> task = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    try {
                        return task.call();
                    } catch (Exception e) {
                        return e;
                    } finally {
                        TestAccounts.signOut();
                    }
                }));
            }
            ready.await();
            gate.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }
}
