package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION_INVITATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION_MEMBER;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    private static final Field<List<Organisation.Member>> MEMBERS = multiset(select(
                            ORGANISATION_MEMBER.ACCOUNT_ID, ACCOUNT.DISPLAY_NAME, ORGANISATION_MEMBER.ROLE)
                    .from(ORGANISATION_MEMBER)
                    .join(ACCOUNT)
                    .on(ACCOUNT.ID.eq(ORGANISATION_MEMBER.ACCOUNT_ID))
                    .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(ORGANISATION.ID))
                    .and(ORGANISATION_MEMBER.ACCEPTED_AT.isNotNull())
                    // OWNER sorts after MEMBER: descending puts the owners first.
                    .orderBy(ORGANISATION_MEMBER.ROLE.desc(), ACCOUNT.DISPLAY_NAME, ORGANISATION_MEMBER.ACCOUNT_ID))
            .convertFrom(r -> r.map(mapping(Organisation.Member::new)));

    private SelectJoinStep<Record7<Long, String, String, String, Boolean, List<Organisation.Member>, Integer>>
            selectOrganisations() {
        return dsl.select(
                        ORGANISATION.ID,
                        ORGANISATION.NAME,
                        ORGANISATION.KVK_NUMBER,
                        ORGANISATION.WEBSITE,
                        field(ORGANISATION.VERIFIED_AT.isNotNull()),
                        MEMBERS,
                        ORGANISATION.VERSION)
                .from(ORGANISATION);
    }

    Optional<Organisation> find(long id) {
        return selectOrganisations().where(ORGANISATION.ID.eq(id)).fetchOptional(mapping(Organisation::new));
    }

    boolean exists(long id) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(id));
    }

    /** The organisations the account belongs to, and those its address is invited to. */
    List<Organisation> ofAccount(long accountId, String email) {
        return selectOrganisations()
                .where(DSL.exists(selectOne()
                                .from(ORGANISATION_MEMBER)
                                .where(ORGANISATION_MEMBER.ORGANISATION_ID.eq(ORGANISATION.ID))
                                .and(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId)))
                        .or(DSL.exists(selectOne()
                                .from(ORGANISATION_INVITATION)
                                .where(ORGANISATION_INVITATION.ORGANISATION_ID.eq(ORGANISATION.ID))
                                .and(ORGANISATION_INVITATION.EMAIL.eq(email)))))
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID)
                .fetch(mapping(Organisation::new));
    }

    /** The addresses with an open invitation, per organisation, in the order they were invited. */
    Map<Long, List<String>> openInvitations(Collection<Long> organisationIds) {
        return dsl.select(ORGANISATION_INVITATION.ORGANISATION_ID, ORGANISATION_INVITATION.EMAIL)
                .from(ORGANISATION_INVITATION)
                .where(ORGANISATION_INVITATION.ORGANISATION_ID.in(organisationIds))
                .orderBy(ORGANISATION_INVITATION.INVITED_AT, ORGANISATION_INVITATION.EMAIL)
                .fetchGroups(ORGANISATION_INVITATION.ORGANISATION_ID, ORGANISATION_INVITATION.EMAIL);
    }

    /** Invites an address unless it has an open invitation already; false if it had. */
    boolean insertInvitation(long organisationId, String email, long invitedBy, Instant now) {
        return dsl.insertInto(ORGANISATION_INVITATION)
                        .set(ORGANISATION_INVITATION.ORGANISATION_ID, organisationId)
                        .set(ORGANISATION_INVITATION.EMAIL, email)
                        .set(ORGANISATION_INVITATION.INVITED_BY, invitedBy)
                        .set(ORGANISATION_INVITATION.INVITED_AT, now)
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }

    /** An open invitation: who invited (null if that account is gone) and when. */
    record Invitation(@Nullable Long invitedBy, Instant invitedAt) {}

    /** The open invitation of this address, locked: it is accepted once. */
    Optional<Invitation> lockInvitation(long organisationId, String email) {
        return dsl.select(ORGANISATION_INVITATION.INVITED_BY, ORGANISATION_INVITATION.INVITED_AT)
                .from(ORGANISATION_INVITATION)
                .where(ORGANISATION_INVITATION.ORGANISATION_ID.eq(organisationId))
                .and(ORGANISATION_INVITATION.EMAIL.eq(email))
                .forUpdate()
                .fetchOptional(mapping(Invitation::new));
    }

    /** Removes the address's open invitation; false if there was none. */
    boolean deleteInvitation(long organisationId, String email) {
        return dsl.deleteFrom(ORGANISATION_INVITATION)
                        .where(ORGANISATION_INVITATION.ORGANISATION_ID.eq(organisationId))
                        .and(ORGANISATION_INVITATION.EMAIL.eq(email))
                        .execute()
                == 1;
    }

    List<Organisation> awaitingVerification() {
        return selectOrganisations()
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

    /** Adds a member unless the account is one already; false if it was. */
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

    /** Removes the invitations made at or before {@code madeBy}; returns how many went. */
    int deleteInvitationsMadeBy(Instant madeBy) {
        return dsl.deleteFrom(ORGANISATION_INVITATION)
                .where(ORGANISATION_INVITATION.INVITED_AT.le(madeBy))
                .execute();
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
