package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a discussion's closing date passes, computes its final report once, marks it published and tells the
 * councillors and the accounts that took part, in the app and by mail. Marking and telling share one transaction
 * behind a conditional update, so each is told exactly once, also when two instances sweep at the same moment.
 */
@Component
class DiscussionClosing {

    private static final Logger LOG = LoggerFactory.getLogger(DiscussionClosing.class);
    static final String NOTICE_KIND = "DISCUSSION_FINAL_REPORT";
    static final int PER_SWEEP = 20;

    private final OpinionRunRepository runs;
    private final OpinionRecomputation recomputation;
    private final Notifier notifier;
    private final DSLContext dsl;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DiscussionClosing(
            OpinionRunRepository runs,
            OpinionRecomputation recomputation,
            Notifier notifier,
            DSLContext dsl,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.runs = runs;
        this.recomputation = recomputation;
        this.notifier = notifier;
        this.dsl = dsl;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            fixedDelayString = "${raadsplein.opinion.closing-interval:PT30S}",
            initialDelayString = "${raadsplein.opinion.sweep-delay:PT20S}")
    void sweep() {
        Set<Long> tried = new HashSet<>();
        List<Long> due;
        do {
            due = runs.closedWithoutFinalReport(clock.instant(), PER_SWEEP);
            for (long discussionId : due) {
                if (tried.add(discussionId)) {
                    try {
                        close(discussionId);
                    } catch (RuntimeException e) {
                        LOG.error("Final report of discussion {} failed", discussionId, e);
                    }
                }
            }
        } while (!tried.containsAll(due));
    }

    /** Publishes the final report unless it was published already or a run holds the discussion now. */
    boolean close(long discussionId) {
        boolean[] published = {false};
        recomputation.whileClaimed(
                discussionId,
                computed -> published[0] =
                        Boolean.TRUE.equals(transaction.execute(status -> publish(discussionId, computed.json()))));
        return published[0];
    }

    private boolean publish(long discussionId, String model) {
        Instant now = clock.instant();
        if (!runs.markFinal(discussionId, now)) {
            return false;
        }
        runs.storeFinal(discussionId, model, now);
        String question = dsl.select(DISCUSSION.QUESTION)
                .from(DISCUSSION)
                .where(DISCUSSION.ID.eq(discussionId))
                .fetchSingle(DISCUSSION.QUESTION);
        List<Long> recipients = runs.closingRecipients(discussionId);
        AccountProvisioning.asSystem(() -> {
            notifier.notifyAccounts(
                    recipients,
                    discussionId,
                    new Notice(
                            NOTICE_KIND,
                            "opinionreport.notification.final",
                            List.of(question),
                            DiscussionReportService.path(discussionId)));
            return null;
        });
        return true;
    }
}
