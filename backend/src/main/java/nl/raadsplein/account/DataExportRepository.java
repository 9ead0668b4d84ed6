package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.DATA_EXPORT;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Requests to download one's data, their progress, the ZIP and the hash of its link's token. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class DataExportRepository {

    /** A request the worker claimed. */
    record Claimed(long id, long accountId) {}

    private final DSLContext dsl;

    DataExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new request replaces the account's earlier ones: one link at a time. */
    void request(long accountId, String tokenHash, Instant now) {
        dsl.deleteFrom(DATA_EXPORT).where(DATA_EXPORT.ACCOUNT_ID.eq(accountId)).execute();
        dsl.insertInto(DATA_EXPORT)
                .set(DATA_EXPORT.ACCOUNT_ID, accountId)
                .set(DATA_EXPORT.TOKEN_HASH, tokenHash)
                .set(DATA_EXPORT.STATUS, ExportStatus.PREPARING)
                .set(DATA_EXPORT.REQUESTED_AT, now)
                .execute();
    }

    Optional<DataExportState> latest(long accountId) {
        return dsl.select(
                        DATA_EXPORT.STATUS,
                        DATA_EXPORT.PROGRESS,
                        DATA_EXPORT.REQUESTED_AT,
                        DATA_EXPORT.EXPIRES_AT,
                        DATA_EXPORT.DOWNLOADED_AT)
                .from(DATA_EXPORT)
                .where(DATA_EXPORT.ACCOUNT_ID.eq(accountId))
                .orderBy(DATA_EXPORT.REQUESTED_AT.desc(), DATA_EXPORT.ID.desc())
                .limit(1)
                .fetchOptional(mapping(DataExportState::new));
    }

    /**
     * Claims the oldest waiting request no other worker holds, until {@code until}; a worker that died leaves its
     * claim to lapse.
     */
    Optional<Claimed> claimNext(Instant now, Instant until) {
        Optional<Claimed> next = dsl.select(DATA_EXPORT.ID, DATA_EXPORT.ACCOUNT_ID)
                .from(DATA_EXPORT)
                .where(DATA_EXPORT.STATUS.eq(ExportStatus.PREPARING))
                .and(DATA_EXPORT.CLAIMED_UNTIL.isNull().or(DATA_EXPORT.CLAIMED_UNTIL.lt(now)))
                .orderBy(DATA_EXPORT.REQUESTED_AT, DATA_EXPORT.ID)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional(mapping(Claimed::new));
        next.ifPresent(claimed -> dsl.update(DATA_EXPORT)
                .set(DATA_EXPORT.CLAIMED_UNTIL, until)
                .where(DATA_EXPORT.ID.eq(claimed.id()))
                .execute());
        return next;
    }

    void progress(long id, int percent) {
        dsl.update(DATA_EXPORT)
                .set(DATA_EXPORT.PROGRESS, percent)
                .where(DATA_EXPORT.ID.eq(id))
                .and(DATA_EXPORT.STATUS.eq(ExportStatus.PREPARING))
                .execute();
    }

    void ready(long id, byte[] content, Instant now, Instant expiresAt) {
        dsl.update(DATA_EXPORT)
                .set(DATA_EXPORT.STATUS, ExportStatus.READY)
                .set(DATA_EXPORT.PROGRESS, 100)
                .set(DATA_EXPORT.CONTENT, content)
                .set(DATA_EXPORT.READY_AT, now)
                .set(DATA_EXPORT.EXPIRES_AT, expiresAt)
                .setNull(DATA_EXPORT.CLAIMED_UNTIL)
                .where(DATA_EXPORT.ID.eq(id))
                .and(DATA_EXPORT.STATUS.eq(ExportStatus.PREPARING))
                .execute();
    }

    void failed(long id) {
        dsl.update(DATA_EXPORT)
                .set(DATA_EXPORT.STATUS, ExportStatus.FAILED)
                .setNull(DATA_EXPORT.CLAIMED_UNTIL)
                .where(DATA_EXPORT.ID.eq(id))
                .execute();
    }

    /**
     * The ZIP behind the link, once: the request must be the account's, ready and not expired; it is then marked
     * downloaded and its content erased. Empty for any other token.
     */
    Optional<byte[]> download(long accountId, String tokenHash, Instant now) {
        Optional<Record1<byte[]>> content = dsl.select(DATA_EXPORT.CONTENT)
                .from(DATA_EXPORT)
                .where(DATA_EXPORT.TOKEN_HASH.eq(tokenHash))
                .and(DATA_EXPORT.ACCOUNT_ID.eq(accountId))
                .and(DATA_EXPORT.STATUS.eq(ExportStatus.READY))
                .and(DATA_EXPORT.EXPIRES_AT.gt(now))
                .forUpdate()
                .fetchOptional();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        dsl.update(DATA_EXPORT)
                .set(DATA_EXPORT.STATUS, ExportStatus.DOWNLOADED)
                .set(DATA_EXPORT.DOWNLOADED_AT, now)
                .setNull(DATA_EXPORT.CONTENT)
                .where(DATA_EXPORT.TOKEN_HASH.eq(tokenHash))
                .execute();
        return Optional.of(content.get().value1());
    }

    /** Erases the content of requests whose link expired; how many. */
    int eraseExpired(Instant now) {
        return dsl.update(DATA_EXPORT)
                .setNull(DATA_EXPORT.CONTENT)
                .where(DATA_EXPORT.EXPIRES_AT.lt(now))
                .and(DATA_EXPORT.CONTENT.isNotNull())
                .execute();
    }
}
