package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** An account's last activity and where it stands in the retention rules (ADR 19). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class RetentionRepository {

    /** An account the retention job is about to act on, locked, with the deletion date a warning announced. */
    record Due(long id, @Nullable Instant deletionAt) {}

    // The application sets last_active_at on every account it makes; rows bulk-loaded by the benchmarks do not.
    private static final Field<Instant> LAST_ACTIVE = coalesce(ACCOUNT.LAST_ACTIVE_AT, ACCOUNT.CREATED_AT);

    /** Councillors, griffiers and administrators: the griffie gives and takes their roles, no job does. */
    private static final Condition NO_OFFICE = not(exists(selectOne()
            .from(ACCOUNT_ROLE)
            .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID))
            .and(ACCOUNT_ROLE.ROLE.in(AccountRemoval.OFFICES))));

    /**
     * Accounts that inactivity may delete: live, with a confirmed address to warn, holding no office and absent from
     * the council's public record (their owners could not delete them either: ADR 15).
     */
    private static final Condition WARNABLE = AccountRepository.LIVE
            .and(ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull())
            .and(NO_OFFICE)
            .and(not(AccountPersonalData.inCouncilRecord(ACCOUNT.ID)));

    private final DSLContext dsl;

    RetentionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A successful login: the account counts as active from now, and any warning about it no longer holds. */
    void loggedIn(long accountId, Instant now) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.LAST_ACTIVE_AT, now)
                .setNull(ACCOUNT.RETENTION_DELETION_AT)
                .set(ACCOUNT.RETENTION_WARNINGS, 0)
                .where(ACCOUNT.ID.eq(accountId).and(AccountRepository.LIVE))
                .execute();
    }

    /** Not yet warned, and last active no later than {@code activeBefore}. */
    static Condition firstWarningDue(Instant activeBefore) {
        return WARNABLE.and(ACCOUNT.RETENTION_WARNINGS.eq(0)).and(LAST_ACTIVE.le(activeBefore));
    }

    /** Warned exactly {@code sent} times, for a deletion no later than {@code deletionBefore}. */
    static Condition nextWarningDue(int sent, Instant deletionBefore) {
        return WARNABLE.and(ACCOUNT.RETENTION_WARNINGS.eq(sent)).and(ACCOUNT.RETENTION_DELETION_AT.le(deletionBefore));
    }

    /**
     * Warned at least {@code warnings} times (more if fewer warnings were configured since), for a deletion that is
     * due by {@code now}.
     */
    static Condition deletionDue(int warnings, Instant now) {
        return WARNABLE.and(ACCOUNT.RETENTION_WARNINGS.ge(warnings)).and(ACCOUNT.RETENTION_DELETION_AT.le(now));
    }

    /**
     * Made no later than {@code createdBefore} and never confirmed. Offline accounts a griffier made at the desk
     * (verified there, ADR 15) have no address to confirm and stay.
     */
    static Condition unconfirmedSince(Instant createdBefore) {
        return AccountRepository.LIVE
                .and(ACCOUNT.EMAIL_CONFIRMED_AT.isNull())
                .and(ACCOUNT.VERIFIED_AT.isNull())
                .and(ACCOUNT.CREATED_AT.le(createdBefore))
                .and(NO_OFFICE);
    }

    /** The ids of up to {@code limit} accounts meeting the condition, longest inactive first. */
    List<Long> due(Condition due, int limit) {
        return dsl.select(ACCOUNT.ID)
                .from(ACCOUNT)
                .where(due)
                .orderBy(LAST_ACTIVE, ACCOUNT.ID)
                .limit(limit)
                .fetch(Record1::value1);
    }

    /**
     * Locks the account if no other transaction holds it and it still meets the condition: of two jobs running at
     * once, one acts and the other, finding the row locked or no longer due, leaves it. The second read sees what
     * the first committed only under READ COMMITTED, which the job's transactions use.
     */
    Optional<Due> lockIfDue(long accountId, Condition due) {
        boolean locked = dsl.select(ACCOUNT.ID)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .forUpdate()
                .skipLocked()
                .fetchOptional()
                .isPresent();
        if (!locked) {
            return Optional.empty();
        }
        return dsl.select(ACCOUNT.ID, ACCOUNT.RETENTION_DELETION_AT)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId).and(due))
                .fetchOptional(mapping(Due::new));
    }

    /** Records a warning sent for a deletion at {@code deletionAt}. */
    void warned(long accountId, Instant deletionAt, int warnings) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.RETENTION_DELETION_AT, deletionAt)
                .set(ACCOUNT.RETENTION_WARNINGS, warnings)
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }
}
