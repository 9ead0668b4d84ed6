package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION_MEMBER;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record7;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class OrganisationRepository {

    /** One membership row: whose, which role, accepted or only invited. */
    record Membership(long accountId, OrganisationRole role, boolean accepted) {}

    private final DSLContext dsl;

    OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<List<Organisation.Member>> members(boolean acceptedOnly) {
        return multiset(select(
                                ORGANISATION_MEMBER.ACCOUNT_ID,
                                ACCOUNT.DISPLAY_NAME,
                                ORGANISATION_MEMBER.ROLE,
                                field(ORGANISATION_MEMBER.ACCEPTED_AT.isNotNull()))
                        .from(ORGANISATION_MEMBER)
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(ORGANISATION_MEMBER.ACCOUNT_ID))
                        .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(ORGANISATION.ID))
                        .and(acceptedOnly ? ORGANISATION_MEMBER.ACCEPTED_AT.isNotNull() : noCondition())
                        // OWNER sorts after MEMBER: descending puts the owners first.
                        .orderBy(ORGANISATION_MEMBER.ROLE.desc(), ACCOUNT.DISPLAY_NAME, ORGANISATION_MEMBER.ACCOUNT_ID))
                .convertFrom(r -> r.map(mapping(Organisation.Member::new)));
    }

    private SelectJoinStep<Record7<Long, String, String, String, Boolean, List<Organisation.Member>, Integer>>
            selectOrganisations(boolean acceptedOnly) {
        return dsl.select(
                        ORGANISATION.ID,
                        ORGANISATION.NAME,
                        ORGANISATION.KVK_NUMBER,
                        ORGANISATION.WEBSITE,
                        field(ORGANISATION.VERIFIED_AT.isNotNull()),
                        members(acceptedOnly),
                        ORGANISATION.VERSION)
                .from(ORGANISATION);
    }

    /** With its accepted members only, as anyone may see it. */
    Optional<Organisation> find(long id) {
        return selectOrganisations(true).where(ORGANISATION.ID.eq(id)).fetchOptional(mapping(Organisation::new));
    }

    boolean exists(long id) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(id));
    }

    /** The organisations the account belongs to or is invited to, with their members and open invitations. */
    List<Organisation> ofAccount(long accountId) {
        return selectOrganisations(false)
                .where(DSL.exists(selectOne()
                        .from(ORGANISATION_MEMBER)
                        .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(ORGANISATION.ID))
                        .and(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))))
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID)
                .fetch(mapping(Organisation::new));
    }

    List<Organisation> awaitingVerification() {
        return selectOrganisations(true)
                .where(ORGANISATION.VERIFIED_AT.isNull())
                .orderBy(ORGANISATION.CREATED_AT, ORGANISATION.ID)
                .fetch(mapping(Organisation::new));
    }

    /** Whether another organisation has this name; the collation ignores case. */
    boolean nameTaken(String name) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.NAME.eq(name));
    }

    boolean kvkNumberTaken(String kvkNumber) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.KVK_NUMBER.eq(kvkNumber));
    }

    long insert(String name, String kvkNumber, @Nullable String website, long createdBy, Instant now) {
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.KVK_NUMBER, kvkNumber)
                .set(ORGANISATION.WEBSITE, website)
                .set(ORGANISATION.CREATED_BY, createdBy)
                .set(ORGANISATION.CREATED_AT, now)
                .returningResult(ORGANISATION.ID)
                .fetchSingle(Record1::value1);
    }

    /** Adds a member or an invitation unless the account has either already; false if it had. */
    boolean insertMember(
            long organisationId,
            long accountId,
            OrganisationRole role,
            @Nullable Long invitedBy,
            Instant now,
            @Nullable Instant acceptedAt) {
        return dsl.insertInto(ORGANISATION_MEMBER)
                        .set(ORGANISATION_MEMBER.ORGANISATION_ID, organisationId)
                        .set(ORGANISATION_MEMBER.ACCOUNT_ID, accountId)
                        .set(ORGANISATION_MEMBER.ROLE, role)
                        .set(ORGANISATION_MEMBER.INVITED_AT, now)
                        .set(ORGANISATION_MEMBER.INVITED_BY, invitedBy)
                        .set(ORGANISATION_MEMBER.ACCEPTED_AT, acceptedAt)
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }

    Optional<Membership> membership(long organisationId, long accountId) {
        return dsl.select(
                        ORGANISATION_MEMBER.ACCOUNT_ID,
                        ORGANISATION_MEMBER.ROLE,
                        field(ORGANISATION_MEMBER.ACCEPTED_AT.isNotNull()))
                .from(ORGANISATION_MEMBER)
                .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(organisationId))
                .and(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))
                .fetchOptional(mapping(Membership::new));
    }

    /** All membership rows of the organisation, locked: two owners cannot both leave at once. */
    List<Membership> lockMemberships(long organisationId) {
        return dsl.select(
                        ORGANISATION_MEMBER.ACCOUNT_ID,
                        ORGANISATION_MEMBER.ROLE,
                        field(ORGANISATION_MEMBER.ACCEPTED_AT.isNotNull()))
                .from(ORGANISATION_MEMBER)
                .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(organisationId))
                .forUpdate()
                .fetch(mapping(Membership::new));
    }

    /** Accepts an open invitation; false if there was none. */
    boolean accept(long organisationId, long accountId, Instant now) {
        return dsl.update(ORGANISATION_MEMBER)
                        .set(ORGANISATION_MEMBER.ACCEPTED_AT, now)
                        .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(organisationId))
                        .and(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))
                        .and(ORGANISATION_MEMBER.ACCEPTED_AT.isNull())
                        .execute()
                == 1;
    }

    void deleteMember(long organisationId, long accountId) {
        dsl.deleteFrom(ORGANISATION_MEMBER)
                .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(organisationId))
                .and(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    Optional<Long> idByKvkNumber(String kvkNumber) {
        return dsl.select(ORGANISATION.ID)
                .from(ORGANISATION)
                .where(ORGANISATION.KVK_NUMBER.eq(kvkNumber))
                .fetchOptional(Record1::value1);
    }

    /** @param verifiedBy the griffier, or {@code null} for start-up work */
    void verify(long organisationId, @Nullable Long verifiedBy, Instant now) {
        dsl.update(ORGANISATION)
                .set(ORGANISATION.VERIFIED_AT, now)
                .set(ORGANISATION.VERIFIED_BY, verifiedBy)
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(organisationId))
                .and(ORGANISATION.VERIFIED_AT.isNull())
                .execute();
    }
}
