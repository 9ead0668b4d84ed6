package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import nl.raadsplein.consultation.PhaseDates;
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

    /**
     * What a change of support checks besides the proposal, in one statement: the consultation's phase dates and
     * settings, and the account's existence, block, verification and existing support. As the transaction's first
     * plain read, after the proposal's row lock is taken, it sees every support of this proposal that was ever
     * committed (each was written under the same lock), without the gap locks a locking read of a missing row would
     * take.
     */
    Context context(long consultationId, long proposalId, long accountId) {
        return dsl.select(
                        CONSULTATION.INFORMATION_FROM,
                        CONSULTATION.PROPOSALS_FROM,
                        CONSULTATION.SUPPORTS_FROM,
                        CONSULTATION.DELIBERATION_FROM,
                        CONSULTATION.CLOSED_FROM,
                        field(CONSULTATION.OUTCOME_PUBLISHED_AT.isNotNull()),
                        CONSULTATION.SUPPORT_THRESHOLD,
                        CONSULTATION.SUPPORTS_REQUIRE_VERIFICATION,
                        field(ACCOUNT.ID.isNotNull()),
                        field(ACCOUNT.BLOCKED_AT.isNotNull()),
                        field(ACCOUNT.VERIFIED_AT.isNotNull()),
                        field(exists(selectOne()
                                .from(SUPPORT)
                                .where(SUPPORT.PROPOSAL_ID.eq(proposalId).and(SUPPORT.ACCOUNT_ID.eq(accountId))))))
                .from(CONSULTATION)
                .leftJoin(ACCOUNT)
                .on(ACCOUNT.ID.eq(accountId))
                .where(CONSULTATION.ID.eq(consultationId))
                .fetchSingle(r -> new Context(
                        new PhaseDates(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10(),
                        r.value11(),
                        r.value12()));
    }

    record Context(
            PhaseDates dates,
            boolean outcomePublished,
            int threshold,
            boolean requiresVerification,
            boolean accountExists,
            boolean blocked,
            boolean verified,
            boolean supported) {}

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
