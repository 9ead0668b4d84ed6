package nl.raadsplein.deliberation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.raadsplein.deliberation.OpinionRunRepository.Snapshot;
import nl.raadsplein.deliberation.opinion.OpinionAnalysis;
import nl.raadsplein.deliberation.opinion.OpinionInput;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a discussion's opinion groups in the background as votes arrive: a sweep every few seconds picks the
 * published discussions whose votes changed since their last run, at most one run per discussion at once (a claim
 * row in the database, so two instances never both run it), no sooner than a minimum gap after the last run (so a
 * busy discussion is recomputed every few seconds, not after every vote). A run reads the votes in one short
 * read-only transaction, computes outside any transaction, and stores in one statement, so votes never wait on it;
 * it starts from the stored model and uses the discussion's id as its seed, so equal votes give an equal model.
 */
@Component
class OpinionRecomputation {

    private static final Logger LOG = LoggerFactory.getLogger(OpinionRecomputation.class);
    /** Discussions read per query of a sweep. */
    static final int PER_SWEEP = 20;
    /** How long a claim holds when its run dies without giving it back. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private final OpinionRunRepository runs;
    private final OpinionModels models;
    private final Clock clock;
    private final TransactionTemplate reads;
    private final Duration minimumGap;
    private final String claimant = "run-" + UUID.randomUUID();

    OpinionRecomputation(
            OpinionRunRepository runs,
            OpinionModels models,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${raadsplein.opinion.minimum-gap:PT5S}") Duration minimumGap) {
        this.runs = runs;
        this.models = models;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.minimumGap = minimumGap;
    }

    @Scheduled(
            fixedDelayString = "${raadsplein.opinion.sweep-interval:PT3S}",
            initialDelayString = "${raadsplein.opinion.sweep-delay:PT20S}")
    void sweep() {
        Set<Long> tried = new HashSet<>();
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = runs.due(now, now.minus(minimumGap), PER_SWEEP);
            for (long discussionId : due) {
                if (tried.add(discussionId)) {
                    try {
                        recompute(discussionId);
                    } catch (RuntimeException e) {
                        LOG.error("Opinion run of discussion {} failed", discussionId, e);
                    }
                }
            }
        } while (!tried.containsAll(due));
    }

    /** Runs now unless another run holds the discussion; whether this one ran and stored its model. */
    boolean recompute(long discussionId) {
        return whileClaimed(discussionId, computed -> {});
    }

    /**
     * Claims the discussion, computes its model and stores it, then hands it to {@code after} while the claim still
     * holds (the closing publishes the final report so); false when another run held the discussion.
     */
    boolean whileClaimed(long discussionId, Consumer<Computed> after) {
        Instant now = clock.instant();
        if (!runs.claim(discussionId, claimant, now, now.plus(LEASE))) {
            return false;
        }
        try {
            Snapshot snapshot = reads.execute(status -> runs.snapshot(discussionId));
            OpinionModel previous = models.read(snapshot.previousModel());
            long started = System.nanoTime();
            OpinionModel model = OpinionAnalysis.analyse(
                    new OpinionInput(snapshot.votes(), snapshot.excludedStatements(), previous, seed(discussionId)));
            String json = models.write(model);
            Computed computed = new Computed(model, json, snapshot.changes());
            after.accept(computed);
            boolean stored = runs.store(discussionId, claimant, json, snapshot.changes(), clock.instant());
            if (stored) {
                runs.storeExtremities(model.warmStart().components());
            }
            LOG.debug(
                    "Opinion run of discussion {}: {} votes in {} ms",
                    discussionId,
                    snapshot.votes().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return stored;
        } finally {
            runs.release(discussionId, claimant);
        }
    }

    /** The seed of a discussion's runs: its id, so that a run is repeatable. */
    static long seed(long discussionId) {
        return discussionId;
    }

    /** A run's model, as JSON too, and the count of vote changes it was computed from. */
    record Computed(OpinionModel model, String json, long changesSeen) {}
}
