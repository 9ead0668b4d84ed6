package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One row per item anyone ever reported or the griffie had to look at: whether it is in the queue, its open
 * reports, whether they hid it, and the moderation version two griffiers race on.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ItemRepository {

    private final DSLContext dsl;

    ItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An item's place in the queue, read under its row lock. */
    record Item(ItemStatus status, int openReports, boolean hiddenByReports) {}

    /** The item's id, its row created (closed, version 0) if there was none; atomic on the unique key. */
    long ensureItem(ContentRef ref, @Nullable Long consultationId, long authorId, Instant now) {
        dsl.insertInto(
                        MODERATION_ITEM,
                        MODERATION_ITEM.ITEM_TYPE,
                        MODERATION_ITEM.ITEM_ID,
                        MODERATION_ITEM.CONSULTATION_ID,
                        MODERATION_ITEM.AUTHOR_ID,
                        MODERATION_ITEM.STATUS,
                        MODERATION_ITEM.OPENED_AT)
                .values(ref.type(), ref.id(), consultationId, authorId, ItemStatus.CLOSED, now)
                .onDuplicateKeyUpdate()
                .set(MODERATION_ITEM.ITEM_TYPE, MODERATION_ITEM.ITEM_TYPE)
                .execute();
        // A locking read: a row another transaction committed after this one's snapshot is there too.
        return dsl.select(MODERATION_ITEM.ID)
                .from(MODERATION_ITEM)
                .where(is(ref))
                .forUpdate()
                .fetchOne(Record1::value1);
    }

    Optional<Long> itemId(ContentRef ref) {
        return dsl.select(MODERATION_ITEM.ID)
                .from(MODERATION_ITEM)
                .where(is(ref))
                .fetchOptional(Record1::value1);
    }

    Item lockItem(long id) {
        return dsl.select(MODERATION_ITEM.STATUS, MODERATION_ITEM.OPEN_REPORTS, MODERATION_ITEM.HIDDEN_BY_REPORTS)
                .from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ID.eq(id))
                .forUpdate()
                .fetchOne(mapping(Item::new));
    }

    int version(ContentRef ref) {
        return dsl.select(MODERATION_ITEM.VERSION)
                .from(MODERATION_ITEM)
                .where(is(ref))
                .fetchOptional(Record1::value1)
                .orElse(0);
    }

    /** The optimistic lock of an action: true for the one transaction that moves the item on from {@code version}. */
    boolean bumpVersion(long itemId, int version) {
        return dsl.update(MODERATION_ITEM)
                        .set(MODERATION_ITEM.VERSION, MODERATION_ITEM.VERSION.plus(1))
                        .where(MODERATION_ITEM.ID.eq(itemId).and(MODERATION_ITEM.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    void bumpVersion(long itemId) {
        dsl.update(MODERATION_ITEM)
                .set(MODERATION_ITEM.VERSION, MODERATION_ITEM.VERSION.plus(1))
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    /** Puts the item in the queue (from now, if it was not there) with {@code reports} more open reports. */
    void openItem(long itemId, int reports, Instant now) {
        dsl.update(MODERATION_ITEM)
                // Assigned left to right: opened_at reads the status before this statement changes it.
                .set(
                        MODERATION_ITEM.OPENED_AT,
                        when(MODERATION_ITEM.STATUS.eq(ItemStatus.OPEN), MODERATION_ITEM.OPENED_AT)
                                .otherwise(val(now, MODERATION_ITEM.OPENED_AT)))
                .set(MODERATION_ITEM.STATUS, ItemStatus.OPEN)
                .set(MODERATION_ITEM.CLOSED_AT, (Instant) null)
                .set(MODERATION_ITEM.OPEN_REPORTS, MODERATION_ITEM.OPEN_REPORTS.plus(reports))
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    void setHiddenByReports(long itemId, boolean hidden) {
        dsl.update(MODERATION_ITEM)
                .set(MODERATION_ITEM.HIDDEN_BY_REPORTS, hidden)
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    void closeItem(long itemId, Instant now) {
        dsl.update(MODERATION_ITEM)
                .set(MODERATION_ITEM.STATUS, ItemStatus.CLOSED)
                .set(MODERATION_ITEM.OPEN_REPORTS, 0)
                .set(MODERATION_ITEM.HIDDEN_BY_REPORTS, false)
                .set(MODERATION_ITEM.CLOSED_AT, now)
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    static Condition is(ContentRef ref) {
        return MODERATION_ITEM.ITEM_TYPE.eq(ref.type()).and(MODERATION_ITEM.ITEM_ID.eq(ref.id()));
    }
}
