package nl.raadsplein.opendata;

import static nl.raadsplein.jooq.Tables.OPEN_DATA_BUNDLE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The open-data bundles: requests, their progress, the ZIPs and their checksums. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class BundleRepository {

    private final DSLContext dsl;

    BundleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A new request, unless one is being prepared already (then that one): two griffiers clicking at once, or the
     * night's run while a griffier's is under way, make one bundle. The table lock of the check keeps it at one.
     */
    long request(@Nullable Long requestedBy, Instant now) {
        Optional<Long> preparing = dsl.select(OPEN_DATA_BUNDLE.ID)
                .from(OPEN_DATA_BUNDLE)
                .where(OPEN_DATA_BUNDLE.STATUS.eq(BundleStatus.PREPARING))
                .forUpdate()
                .fetchOptional(OPEN_DATA_BUNDLE.ID);
        return preparing.orElseGet(() -> dsl.insertInto(OPEN_DATA_BUNDLE)
                .set(OPEN_DATA_BUNDLE.STATUS, BundleStatus.PREPARING)
                .set(OPEN_DATA_BUNDLE.REQUESTED_BY, requestedBy)
                .set(OPEN_DATA_BUNDLE.REQUESTED_AT, now)
                .returning(OPEN_DATA_BUNDLE.ID)
                .fetchSingle(OPEN_DATA_BUNDLE.ID));
    }

    /** Claims the oldest waiting request no other worker holds, until {@code until}. */
    Optional<Long> claimNext(Instant now, Instant until) {
        Optional<Long> next = dsl.select(OPEN_DATA_BUNDLE.ID)
                .from(OPEN_DATA_BUNDLE)
                .where(OPEN_DATA_BUNDLE.STATUS.eq(BundleStatus.PREPARING))
                .and(OPEN_DATA_BUNDLE.CLAIMED_UNTIL.isNull().or(OPEN_DATA_BUNDLE.CLAIMED_UNTIL.lt(now)))
                .orderBy(OPEN_DATA_BUNDLE.REQUESTED_AT, OPEN_DATA_BUNDLE.ID)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional(OPEN_DATA_BUNDLE.ID);
        next.ifPresent(id -> dsl.update(OPEN_DATA_BUNDLE)
                .set(OPEN_DATA_BUNDLE.CLAIMED_UNTIL, until)
                .where(OPEN_DATA_BUNDLE.ID.eq(id))
                .execute());
        return next;
    }

    void progress(long id, int percent) {
        dsl.update(OPEN_DATA_BUNDLE)
                .set(OPEN_DATA_BUNDLE.PROGRESS, percent)
                .where(OPEN_DATA_BUNDLE.ID.eq(id))
                .and(OPEN_DATA_BUNDLE.STATUS.eq(BundleStatus.PREPARING))
                .execute();
    }

    void ready(long id, byte[] zip, String sha512, Instant now) {
        dsl.update(OPEN_DATA_BUNDLE)
                .set(OPEN_DATA_BUNDLE.STATUS, BundleStatus.READY)
                .set(OPEN_DATA_BUNDLE.PROGRESS, 100)
                .set(OPEN_DATA_BUNDLE.CONTENT, zip)
                .set(OPEN_DATA_BUNDLE.BYTE_SIZE, (long) zip.length)
                .set(OPEN_DATA_BUNDLE.SHA512, sha512)
                .set(OPEN_DATA_BUNDLE.READY_AT, now)
                .setNull(OPEN_DATA_BUNDLE.CLAIMED_UNTIL)
                .where(OPEN_DATA_BUNDLE.ID.eq(id))
                .execute();
    }

    void failed(long id) {
        dsl.update(OPEN_DATA_BUNDLE)
                .set(OPEN_DATA_BUNDLE.STATUS, BundleStatus.FAILED)
                .setNull(OPEN_DATA_BUNDLE.CLAIMED_UNTIL)
                .where(OPEN_DATA_BUNDLE.ID.eq(id))
                .execute();
    }

    /** Keeps the {@code kept} newest ready bundles (and any newer failure); deletes everything older. */
    void prune(int kept) {
        List<Long> keep = dsl.select(OPEN_DATA_BUNDLE.ID)
                .from(OPEN_DATA_BUNDLE)
                .where(OPEN_DATA_BUNDLE.STATUS.eq(BundleStatus.READY))
                .orderBy(OPEN_DATA_BUNDLE.ID.desc())
                .limit(kept)
                .fetch(OPEN_DATA_BUNDLE.ID);
        if (keep.size() < kept) {
            return;
        }
        dsl.deleteFrom(OPEN_DATA_BUNDLE)
                .where(OPEN_DATA_BUNDLE.STATUS.ne(BundleStatus.PREPARING))
                .and(OPEN_DATA_BUNDLE.ID.lt(keep.getLast()))
                .execute();
    }

    List<BundleInfo> ready(int limit) {
        return dsl.select(
                        OPEN_DATA_BUNDLE.ID,
                        OPEN_DATA_BUNDLE.READY_AT,
                        OPEN_DATA_BUNDLE.BYTE_SIZE,
                        OPEN_DATA_BUNDLE.SHA512)
                .from(OPEN_DATA_BUNDLE)
                .where(OPEN_DATA_BUNDLE.STATUS.eq(BundleStatus.READY))
                .orderBy(OPEN_DATA_BUNDLE.ID.desc())
                .limit(limit)
                .fetch(mapping(BundleInfo::new));
    }

    /** The latest request that is not ready: one being prepared, or the last that failed. */
    Optional<BundlePreparation> latestUnfinished() {
        return dsl.select(OPEN_DATA_BUNDLE.STATUS, OPEN_DATA_BUNDLE.PROGRESS, OPEN_DATA_BUNDLE.REQUESTED_AT)
                .from(OPEN_DATA_BUNDLE)
                .where(OPEN_DATA_BUNDLE.ID.eq(select(max(OPEN_DATA_BUNDLE.ID)).from(OPEN_DATA_BUNDLE)))
                .and(OPEN_DATA_BUNDLE.STATUS.ne(BundleStatus.READY))
                .fetchOptional(mapping(BundlePreparation::new));
    }

    Optional<byte[]> content(long id) {
        return dsl.select(OPEN_DATA_BUNDLE.CONTENT)
                .from(OPEN_DATA_BUNDLE)
                .where(OPEN_DATA_BUNDLE.ID.eq(id))
                .and(OPEN_DATA_BUNDLE.STATUS.eq(BundleStatus.READY))
                .fetchOptional(OPEN_DATA_BUNDLE.CONTENT);
    }
}
