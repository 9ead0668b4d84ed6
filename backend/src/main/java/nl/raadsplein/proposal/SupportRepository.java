package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.SUPPORT;

import java.time.Instant;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The support rows: one per resident and proposal. Callers hold the proposal's row lock. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class SupportRepository {

    private final DSLContext dsl;

    SupportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A locking read: sees the latest committed rows whatever snapshot the transaction started with. */
    boolean hasSupport(long proposalId, long accountId) {
        return dsl.selectOne()
                .from(SUPPORT)
                .where(SUPPORT.PROPOSAL_ID.eq(proposalId).and(SUPPORT.ACCOUNT_ID.eq(accountId)))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    void insertSupport(
            long proposalId, long accountId, @Nullable Long enteredBy, @Nullable EntryChannel channel, Instant now) {
        dsl.insertInto(SUPPORT)
                .set(SUPPORT.PROPOSAL_ID, proposalId)
                .set(SUPPORT.ACCOUNT_ID, accountId)
                .set(SUPPORT.CREATED_AT, now)
                .set(SUPPORT.ENTERED_BY, enteredBy)
                .set(SUPPORT.ENTRY_CHANNEL, channel)
                .execute();
    }

    boolean deleteSupport(long proposalId, long accountId) {
        return dsl.deleteFrom(SUPPORT)
                        .where(SUPPORT.PROPOSAL_ID.eq(proposalId).and(SUPPORT.ACCOUNT_ID.eq(accountId)))
                        .execute()
                == 1;
    }
}
