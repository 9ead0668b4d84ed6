package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.ACCOUNT_TOKEN;
import static nl.raadsplein.jooq.Tables.CENSUS_ENTRY;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.DATA_EXPORT;
import static nl.raadsplein.jooq.Tables.DEVICE_COOKIE;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.LOGIN_THROTTLE;
import static nl.raadsplein.jooq.Tables.MOTION_SUBMITTER;
import static nl.raadsplein.jooq.Tables.MOTION_VOTE_LINE;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION_INVITATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION_MEMBER;
import static nl.raadsplein.jooq.Tables.PARTY;
import static nl.raadsplein.jooq.Tables.VERIFICATION_ATTEMPT;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.List;
import nl.raadsplein.notification.NotificationFrequency;
import nl.raadsplein.platform.internal.PersonalDataExport;
import nl.raadsplein.platform.internal.PersonalDataTable;
import nl.raadsplein.platform.internal.PersonalDataTables;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's own data for the download, and its erasure: the rows only about the person go, the account row
 * becomes a tombstone (ADR 15).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AccountPersonalData implements PersonalDataExport {

    /** What a tombstone has for an address: unique as the column demands, and never an address anyone can type. */
    static String tombstoneEmail(long accountId) {
        return "deleted:" + accountId;
    }

    private final DSLContext dsl;

    AccountPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The account, whether and how it was verified (never the census facts, which the platform keeps only as keyed
     * hashes), its roles, organisations, the failed logins still kept for throttling (an hour unless configured) and
     * the last successful login (the only one stored, for retention: ADR 19).
     */
    @Override
    public List<PersonalDataTable> export(long accountId) {
        return List.of(
                PersonalDataTables.of(
                        "account",
                        dsl.select(
                                        ACCOUNT.ID,
                                        ACCOUNT.EMAIL,
                                        ACCOUNT.DISPLAY_NAME,
                                        ACCOUNT.LANGUAGE,
                                        ACCOUNT.CREATED_AT,
                                        ACCOUNT.LAST_ACTIVE_AT,
                                        ACCOUNT.EMAIL_CONFIRMED_AT,
                                        ACCOUNT.PROFILE_TEXT,
                                        ACCOUNT.PROFILE_TEXT_STATE,
                                        ACCOUNT.NOTIFICATION_FREQUENCY,
                                        PARTY.NAME.as("party"),
                                        ACCOUNT.BLOCKED_AT)
                                .from(ACCOUNT)
                                .leftJoin(PARTY)
                                .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                                .where(ACCOUNT.ID.eq(accountId))
                                .fetch()),
                PersonalDataTables.of(
                        "verification",
                        dsl.select(
                                        field(ACCOUNT.VERIFIED_AT.isNotNull()).as("verified"),
                                        ACCOUNT.VERIFIED_AT,
                                        ACCOUNT.VERIFICATION_CHANNEL)
                                .from(ACCOUNT)
                                .where(ACCOUNT.ID.eq(accountId))
                                .fetch()),
                PersonalDataTables.of(
                        "roles",
                        dsl.select(ACCOUNT_ROLE.ROLE, ACCOUNT_ROLE.GRANTED_AT)
                                .from(ACCOUNT_ROLE)
                                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                                .orderBy(ACCOUNT_ROLE.GRANTED_AT, ACCOUNT_ROLE.ROLE)
                                .fetch()),
                PersonalDataTables.of(
                        "organisation_memberships",
                        dsl.select(
                                        ORGANISATION.NAME.as("organisation"),
                                        ORGANISATION.KVK_NUMBER,
                                        ORGANISATION_MEMBER.ROLE,
                                        ORGANISATION_MEMBER.INVITED_AT,
                                        ORGANISATION_MEMBER.ACCEPTED_AT)
                                .from(ORGANISATION_MEMBER)
                                .join(ORGANISATION)
                                .on(ORGANISATION.ID.eq(ORGANISATION_MEMBER.ORGANISATION_ID))
                                .where(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))
                                .orderBy(ORGANISATION.NAME)
                                .fetch()),
                PersonalDataTables.of(
                        "organisation_invitations",
                        dsl.select(
                                        ORGANISATION.NAME.as("organisation"),
                                        ORGANISATION.KVK_NUMBER,
                                        ORGANISATION_INVITATION.INVITED_AT)
                                .from(ORGANISATION_INVITATION)
                                .join(ORGANISATION)
                                .on(ORGANISATION.ID.eq(ORGANISATION_INVITATION.ORGANISATION_ID))
                                .where(ORGANISATION_INVITATION.EMAIL.eq(
                                        select(ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))))
                                .orderBy(ORGANISATION.NAME)
                                .fetch()),
                PersonalDataTables.of(
                        "failed_logins",
                        dsl.select(LOGIN_THROTTLE.WINDOW_START, LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.LAST_FAILURE_AT)
                                .from(LOGIN_THROTTLE)
                                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(
                                        select(concat(inline(LoginThrottle.addressKey("")), ACCOUNT.EMAIL))
                                                .from(ACCOUNT)
                                                .where(ACCOUNT.ID.eq(accountId))))
                                .fetch()),
                PersonalDataTables.of(
                        "trusted_browsers",
                        dsl.select(
                                        DEVICE_COOKIE.CREATED_AT,
                                        DEVICE_COOKIE.LAST_USED_AT,
                                        DEVICE_COOKIE.FAILURES,
                                        DEVICE_COOKIE.LAST_FAILURE_AT)
                                .from(DEVICE_COOKIE)
                                .where(DEVICE_COOKIE.ACCOUNT_ID.eq(accountId))
                                .orderBy(DEVICE_COOKIE.CREATED_AT)
                                .fetch()));
    }

    /**
     * Whether the account's name stands in the council's public record: motions it signed, roll-call votes, value
     * discussions it framed or consultations it ran. Those keep their names (ADR 15), so such an account is not
     * deleted by its owner.
     */
    boolean inCouncilRecord(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(inCouncilRecord(ACCOUNT.ID)));
    }

    /** {@link #inCouncilRecord(long)} as a condition on an account's id, for queries over many accounts. */
    static Condition inCouncilRecord(Field<Long> accountId) {
        return exists(selectOne().from(MOTION_SUBMITTER).where(MOTION_SUBMITTER.ACCOUNT_ID.eq(accountId)))
                .or(exists(selectOne().from(MOTION_VOTE_LINE).where(MOTION_VOTE_LINE.ACCOUNT_ID.eq(accountId))))
                .or(exists(selectOne().from(DISCUSSION).where(DISCUSSION.AUTHOR_ID.eq(accountId))))
                .or(exists(selectOne().from(CONSULTATION).where(CONSULTATION.CREATED_BY.eq(accountId))));
    }

    /** Erases the account's own rows and turns the account into a tombstone; {@code email} is its address. */
    void erase(long accountId, String email, Instant now) {
        dsl.deleteFrom(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.ACCOUNT_ID.eq(accountId))
                .execute();
        dsl.deleteFrom(DATA_EXPORT).where(DATA_EXPORT.ACCOUNT_ID.eq(accountId)).execute();
        dsl.deleteFrom(VERIFICATION_ATTEMPT)
                .where(VERIFICATION_ATTEMPT.ACCOUNT_ID.eq(accountId))
                .execute();
        dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(LoginThrottle.addressKey(email)))
                .execute();
        dsl.deleteFrom(DEVICE_COOKIE)
                .where(DEVICE_COOKIE.ACCOUNT_ID.eq(accountId))
                .execute();
        dsl.deleteFrom(ORGANISATION_MEMBER)
                .where(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))
                .execute();
        dsl.deleteFrom(ORGANISATION_INVITATION)
                .where(ORGANISATION_INVITATION.EMAIL.eq(email))
                .execute();
        dsl.deleteFrom(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .execute();
        // The census entry is free again: nothing links the facts to the account any more.
        dsl.update(CENSUS_ENTRY)
                .setNull(CENSUS_ENTRY.USED_BY)
                .setNull(CENSUS_ENTRY.USED_AT)
                .where(CENSUS_ENTRY.USED_BY.eq(accountId))
                .execute();
        dsl.update(ACCOUNT)
                .set(ACCOUNT.EMAIL, tombstoneEmail(accountId))
                .set(ACCOUNT.DISPLAY_NAME, "")
                .set(ACCOUNT.PASSWORD_HASH, "")
                .setNull(ACCOUNT.EMAIL_CONFIRMED_AT)
                .setNull(ACCOUNT.PARTY_ID)
                .setNull(ACCOUNT.VERIFIED_AT)
                .setNull(ACCOUNT.VERIFIED_BY)
                .setNull(ACCOUNT.VERIFICATION_CHANNEL)
                .set(ACCOUNT.NOTIFICATION_FREQUENCY, NotificationFrequency.OFF)
                .setNull(ACCOUNT.BLOCKED_AT)
                .setNull(ACCOUNT.BLOCKED_BY)
                .setNull(ACCOUNT.PROFILE_TEXT)
                .setNull(ACCOUNT.PROFILE_TEXT_STATE)
                .setNull(ACCOUNT.PROFILE_TEXT_HIDDEN_FROM)
                .setNull(ACCOUNT.DISPLAY_NAME_REDACTED_AT)
                .setNull(ACCOUNT.RETENTION_DELETION_AT)
                .set(ACCOUNT.RETENTION_WARNINGS, 0)
                .set(ACCOUNT.DELETED_AT, now)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }
}
