package nl.raadsplein.platform;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.jooq.Tables.AUDIT_HEAD;
import static nl.raadsplein.jooq.Tables.AUDIT_KEYING;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.row;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AuditRepository {

    record Head(long lastSeq, String lastHash) {}

    private static final SelectField<AuditEntry> ENTRY = row(
                    AUDIT_ENTRY.SEQ,
                    AUDIT_ENTRY.RECORDED_AT,
                    AUDIT_ENTRY.ACTOR_ID,
                    AUDIT_ENTRY.ACTION,
                    AUDIT_ENTRY.ITEM_TYPE,
                    AUDIT_ENTRY.ITEM_ID,
                    AUDIT_ENTRY.REASON,
                    AUDIT_ENTRY.DETAILS,
                    AUDIT_ENTRY.PREV_HASH,
                    AUDIT_ENTRY.HASH)
            .mapping(AuditEntry::new);

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the single head row: appends run one after the other until each transaction ends. */
    Head lockHead() {
        return dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH)
                .from(AUDIT_HEAD)
                .where(AUDIT_HEAD.ID.eq(1))
                .forUpdate()
                .fetchOne(mapping(Head::new));
    }

    Head head() {
        return dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH)
                .from(AUDIT_HEAD)
                .where(AUDIT_HEAD.ID.eq(1))
                .fetchOne(mapping(Head::new));
    }

    /** The last entry hashed without a key; 0 when the chain had its key from the start. */
    long legacyUntil() {
        return dsl.select(AUDIT_KEYING.LEGACY_UNTIL)
                .from(AUDIT_KEYING)
                .where(AUDIT_KEYING.ID.eq(1))
                .fetchOptional(Record1::value1)
                .orElse(0L);
    }

    void append(AuditEntry entry) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.SEQ, entry.seq())
                .set(AUDIT_ENTRY.RECORDED_AT, entry.recordedAt())
                .set(AUDIT_ENTRY.ACTOR_ID, entry.actorId())
                .set(AUDIT_ENTRY.ACTION, entry.action())
                .set(AUDIT_ENTRY.ITEM_TYPE, entry.itemType())
                .set(AUDIT_ENTRY.ITEM_ID, entry.itemId())
                .set(AUDIT_ENTRY.REASON, entry.reason())
                .set(AUDIT_ENTRY.DETAILS, entry.details())
                .set(AUDIT_ENTRY.PREV_HASH, entry.previousHash())
                .set(AUDIT_ENTRY.HASH, entry.hash())
                .execute();
        dsl.update(AUDIT_HEAD)
                .set(AUDIT_HEAD.LAST_SEQ, entry.seq())
                .set(AUDIT_HEAD.LAST_HASH, entry.hash())
                .where(AUDIT_HEAD.ID.eq(1))
                .execute();
    }

    /** Entries after {@code afterSeq} in order, at most {@code limit}. */
    List<AuditEntry> after(long afterSeq, int limit) {
        return dsl.select(ENTRY)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SEQ.gt(afterSeq))
                .orderBy(AUDIT_ENTRY.SEQ)
                .limit(limit)
                .fetch(Record1::value1);
    }

    /**
     * Newest first, with the actor's display name. Reading the account table here is a read for display as
     * ADR 6 allows; the entry itself keeps only the id, so a renamed account shows its name of today.
     */
    List<AuditLine> newest(int offset, int limit) {
        return dsl.select(ENTRY, ACCOUNT.DISPLAY_NAME)
                .from(AUDIT_ENTRY)
                .leftJoin(ACCOUNT)
                .on(ACCOUNT.ID.eq(AUDIT_ENTRY.ACTOR_ID))
                .orderBy(AUDIT_ENTRY.SEQ.desc())
                .offset(offset)
                .limit(limit)
                .fetch(mapping(AuditLine::new));
    }

    int count() {
        return dsl.fetchCount(AUDIT_ENTRY);
    }
}
