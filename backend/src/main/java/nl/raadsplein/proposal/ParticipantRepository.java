package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ORGANISATION_MEMBER;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part: the account and organisation rows the participation rules read (verified, blocked, member of).
 * This feature never writes them.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ParticipantRepository {

    private final DSLContext dsl;

    ParticipantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the author's account row: two submissions by one author run one after the other, so the limit per
     * consultation holds. A locking read only.
     */
    boolean lockAccount(long accountId) {
        return dsl.select(ACCOUNT.ID)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    boolean isVerified(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.VERIFIED_AT.isNotNull()));
    }

    /** Whether the account is blocked by the griffie (moderation): it may then not post, comment or support. */
    boolean isBlocked(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.BLOCKED_AT.isNotNull()));
    }

    boolean isAcceptedMember(long accountId, long organisationId) {
        return dsl.fetchExists(
                ORGANISATION_MEMBER,
                ORGANISATION_MEMBER
                        .ORGANISATION_ID
                        .eq(organisationId)
                        .and(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))
                        .and(ORGANISATION_MEMBER.ACCEPTED_AT.isNotNull()));
    }
}
