package nl.raadsplein.platform;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.jooq.Tables.AUDIT_HEAD;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many audit entries at once for the benchmarks: hashed with {@link AuditChain}'s own keyed function and linked to the
 * head, so that the chain check walks and verifies every one of them, but written in multi-row inserts instead
 * of three statements per entry.
 */
@Component
public class AuditFixtures {

    private static final int ROWS_PER_INSERT = 1_000;
    private static final int ROWS_PER_TRANSACTION = 10_000;
    private static final String[] ACTIONS = {
        "MODERATION_HIDE",
        "MODERATION_DISMISS",
        "MODERATION_APPROVE",
        "MODERATION_RESTORE",
        "MODERATION_REDACT",
        "RESIDENCY_VERIFIED",
        "ROLE_GRANTED",
        "MODERATION_APPEAL"
    };
    private static final String[] REASONS = {
        "SPAM",
        "OFFENSIVE: noemt een buurtbewoner bij naam",
        "PRIVACY",
        null,
        "NO_VIOLATION: geen schending van de spelregels",
        "OFF_TOPIC"
    };

    private final DSLContext dsl;
    private final AuditRepository repository;
    private final AuditChain chain;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AuditFixtures(
            DSLContext dsl,
            AuditRepository repository,
            AuditChain chain,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.repository = repository;
        this.chain = chain;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Appends {@code count} entries by this actor about items {@code firstItemId}, {@code firstItemId + 1}, …
     * (cycling through {@code items}); each transaction holds the head lock like {@link AuditAppender#record} does.
     */
    public void append(int count, long actorId, long firstItemId, int items) {
        Instant base = clock.instant().truncatedTo(ChronoUnit.MICROS).minusSeconds(count);
        for (int start = 0; start < count; start += ROWS_PER_TRANSACTION) {
            int from = start;
            int to = Math.min(count, start + ROWS_PER_TRANSACTION);
            transaction.executeWithoutResult(status -> {
                AuditRepository.Head head = repository.lockHead();
                long seq = head.lastSeq();
                String previous = head.lastHash();
                for (int batch = from; batch < to; batch += ROWS_PER_INSERT) {
                    var insert = dsl.insertInto(
                            AUDIT_ENTRY,
                            AUDIT_ENTRY.SEQ,
                            AUDIT_ENTRY.RECORDED_AT,
                            AUDIT_ENTRY.ACTOR_ID,
                            AUDIT_ENTRY.ACTION,
                            AUDIT_ENTRY.ITEM_TYPE,
                            AUDIT_ENTRY.ITEM_ID,
                            AUDIT_ENTRY.REASON,
                            AUDIT_ENTRY.DETAILS,
                            AUDIT_ENTRY.PREV_HASH,
                            AUDIT_ENTRY.HASH);
                    for (int i = batch; i < Math.min(to, batch + ROWS_PER_INSERT); i++) {
                        seq++;
                        Instant at = base.plusSeconds(i);
                        String action = ACTIONS[i % ACTIONS.length];
                        String itemType = i % 3 == 0 ? "COMMENT" : "PROPOSAL";
                        long itemId = firstItemId + i % items;
                        String reason = REASONS[i % REASONS.length];
                        String details = "action=" + i + " reports=" + i % 7;
                        String hash = chain.hash(seq, at, actorId, action, itemType, itemId, reason, details, previous);
                        insert = insert.values(
                                seq, at, actorId, action, itemType, itemId, reason, details, previous, hash);
                        previous = hash;
                    }
                    insert.execute();
                }
                dsl.update(AUDIT_HEAD)
                        .set(AUDIT_HEAD.LAST_SEQ, seq)
                        .set(AUDIT_HEAD.LAST_HASH, previous)
                        .where(AUDIT_HEAD.ID.eq(1))
                        .execute();
            });
        }
    }
}
