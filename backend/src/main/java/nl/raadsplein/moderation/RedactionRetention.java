package nl.raadsplein.moderation;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, erases what redactions took out once their appeal period is over and no undecided appeal needs
 * it: the fragment is kept only so that an overturned appeal can put it back (ADR 9), and it is often the very
 * personal data the redaction was for.
 */
@Component
class RedactionRetention {

    private static final Logger LOG = LoggerFactory.getLogger(RedactionRetention.class);

    private final ActionRepository actions;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RedactionRetention(ActionRepository actions, Clock clock, PlatformTransactionManager transactionManager) {
        this.actions = actions;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            cron = "${raadsplein.moderation.retention-cron:0 30 3 * * *}",
            zone = "${raadsplein.moderation.retention-zone:Europe/Amsterdam}")
    void run() {
        Integer erased = transactions.execute(
                status -> actions.eraseRedactionsBefore(clock.instant().minus(AppealService.APPEAL_PERIOD)));
        if (erased != null && erased > 0) {
            LOG.info("Erased the fragments of {} redactions whose appeal period is over", erased);
        }
    }
}
