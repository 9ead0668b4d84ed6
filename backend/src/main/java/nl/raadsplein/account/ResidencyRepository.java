package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.CENSUS_ENTRY;
import static nl.raadsplein.jooq.Tables.VERIFICATION_ATTEMPT;
import static org.jooq.impl.DSL.field;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.Record1;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The census as keyed hashes, the accounts' verification and the failed attempts at it. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ResidencyRepository {

    private static final int BATCH = 1000;

    /** @param usedBy the account verified with this entry, if any */
    record CensusEntry(long id, Long usedBy) {}

    private final DSLContext dsl;

    ResidencyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the hashes not yet known; returns how many were new. */
    int insertHashes(List<String> hashes, @Nullable Long importedBy, Instant now) {
        int inserted = 0;
        for (int from = 0; from < hashes.size(); from += BATCH) {
            InsertValuesStep3<?, String, Instant, Long> insert = dsl.insertInto(
                    CENSUS_ENTRY, CENSUS_ENTRY.FACT_HASH, CENSUS_ENTRY.IMPORTED_AT, CENSUS_ENTRY.IMPORTED_BY);
            for (String hash : hashes.subList(from, Math.min(hashes.size(), from + BATCH))) {
                insert = insert.values(hash, now, importedBy);
            }
            inserted += insert.onDuplicateKeyIgnore().execute();
        }
        return inserted;
    }

    /** The entry with this hash, locked until the transaction ends. */
    boolean entryExists(String hash) {
        return dsl.fetchExists(CENSUS_ENTRY, CENSUS_ENTRY.FACT_HASH.eq(hash));
    }

    Optional<CensusEntry> lockEntry(String hash) {
        return dsl.select(CENSUS_ENTRY.ID, CENSUS_ENTRY.USED_BY)
                .from(CENSUS_ENTRY)
                .where(CENSUS_ENTRY.FACT_HASH.eq(hash))
                .forUpdate()
                .fetchOptional(Records.mapping(CensusEntry::new));
    }

    /**
     * Marks the unused entry with this hash used by the account; false if there is no such entry or someone
     * used it first. The row lock makes a second claimant wait and then find it used.
     */
    boolean claim(String hash, long accountId, Instant now) {
        return dsl.update(CENSUS_ENTRY)
                        .set(CENSUS_ENTRY.USED_BY, accountId)
                        .set(CENSUS_ENTRY.USED_AT, now)
                        .where(CENSUS_ENTRY.FACT_HASH.eq(hash))
                        .and(CENSUS_ENTRY.USED_BY.isNull())
                        .execute()
                == 1;
    }

    /** Locks the account's row, so that one account verifies once; empty if there is no such account. */
    Optional<Boolean> lockVerified(long accountId) {
        return dsl.select(field(ACCOUNT.VERIFIED_AT.isNotNull()))
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .forUpdate()
                .fetchOptional(Record1::value1);
    }

    boolean verified(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.VERIFIED_AT.isNotNull()));
    }

    void markVerified(long accountId, VerificationChannel channel, @Nullable Long verifiedBy, Instant now) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.VERIFIED_AT, now)
                .set(ACCOUNT.VERIFIED_BY, verifiedBy)
                .set(ACCOUNT.VERIFICATION_CHANNEL, channel)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .and(ACCOUNT.VERIFIED_AT.isNull())
                .execute();
    }

    /** The account's failed attempts since {@code since}, oldest first. */
    List<Instant> failedAttempts(long accountId, Instant since) {
        return dsl.select(VERIFICATION_ATTEMPT.ATTEMPTED_AT)
                .from(VERIFICATION_ATTEMPT)
                .where(VERIFICATION_ATTEMPT.ACCOUNT_ID.eq(accountId))
                .and(VERIFICATION_ATTEMPT.ATTEMPTED_AT.gt(since))
                .orderBy(VERIFICATION_ATTEMPT.ATTEMPTED_AT)
                .fetch(Record1::value1);
    }

    /** Records a failed attempt and forgets this account's attempts from before {@code forgetBefore}. */
    void recordFailedAttempt(long accountId, Instant now, Instant forgetBefore) {
        dsl.deleteFrom(VERIFICATION_ATTEMPT)
                .where(VERIFICATION_ATTEMPT.ACCOUNT_ID.eq(accountId))
                .and(VERIFICATION_ATTEMPT.ATTEMPTED_AT.lt(forgetBefore))
                .execute();
        dsl.insertInto(VERIFICATION_ATTEMPT)
                .set(VERIFICATION_ATTEMPT.ACCOUNT_ID, accountId)
                .set(VERIFICATION_ATTEMPT.ATTEMPTED_AT, now)
                .execute();
    }
}
