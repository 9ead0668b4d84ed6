package nl.raadsplein.account;

import static java.util.stream.Collectors.toCollection;
import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.PARTY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record11;
import org.jooq.Record8;
import org.jooq.SelectJoinStep;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AccountRepository {

    private static final Field<Set<Role>> ROLES = multiset(
                    select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID)))
            .convertFrom(r -> r.stream().map(Record1::value1).collect(toCollection(() -> EnumSet.noneOf(Role.class))));

    /** Not deleted: a deleted account is a tombstone that only keeps others' references working (ADR 15). */
    static final Condition LIVE = ACCOUNT.DELETED_AT.isNull();

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectOnConditionStep<
                    Record11<
                            Long, String, String, String, String, Boolean, Boolean, Set<Role>, Party, Instant, Integer>>
            selectAccounts() {
        return dsl.select(
                        ACCOUNT.ID,
                        ACCOUNT.PUBLIC_ID,
                        ACCOUNT.EMAIL,
                        ACCOUNT.DISPLAY_NAME,
                        ACCOUNT.LANGUAGE,
                        field(ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull()),
                        field(ACCOUNT.VERIFIED_AT.isNotNull()),
                        ROLES,
                        row(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.ACTIVE, PARTY.VERSION)
                                .mapping(
                                        Party.class,
                                        (id, name, abbreviation, active, version) ->
                                                id == null ? null : new Party(id, name, abbreviation, active, version)),
                        ACCOUNT.CREATED_AT,
                        ACCOUNT.VERSION)
                .from(ACCOUNT)
                .leftJoin(PARTY)
                .on(PARTY.ID.eq(ACCOUNT.PARTY_ID));
    }

    /** The account, unless it does not exist or was deleted. */
    Optional<Account> account(long id) {
        return selectAccounts().where(ACCOUNT.ID.eq(id).and(LIVE)).fetchOptional(mapping(Account::new));
    }

    Optional<Long> accountIdByEmail(String email) {
        return dsl.select(ACCOUNT.ID)
                .from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq(email))
                .fetchOptional(Record1::value1);
    }

    Optional<AccountPrincipal> principal(String email) {
        return dsl.select(
                        ACCOUNT.ID,
                        ACCOUNT.EMAIL,
                        ACCOUNT.DISPLAY_NAME,
                        ACCOUNT.LANGUAGE,
                        field(ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull()),
                        ROLES,
                        ACCOUNT.PASSWORD_HASH)
                .from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq(email).and(LIVE))
                .fetchOptional(mapping(AccountPrincipal::new));
    }

    String passwordHash(long id) {
        return dsl.select(ACCOUNT.PASSWORD_HASH)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(id))
                .fetchSingle(Record1::value1);
    }

    List<Account> find(@Nullable String query, int offset, int limit) {
        return selectAccounts()
                .where(matching(query).and(LIVE))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .limit(limit)
                .offset(offset)
                .fetch(mapping(Account::new));
    }

    int count(@Nullable String query) {
        return dsl.fetchCount(ACCOUNT, matching(query).and(LIVE));
    }

    // contains() escapes % and _ so that a search for "50%" finds just that.
    private static Condition matching(@Nullable String query) {
        if (!StringUtils.hasText(query)) {
            return noCondition();
        }
        String text = query.strip();
        return ACCOUNT.DISPLAY_NAME.containsIgnoreCase(text).or(ACCOUNT.EMAIL.containsIgnoreCase(text));
    }

    List<Account> councillors(long partyId) {
        return selectAccounts()
                .where(ACCOUNT.PARTY_ID.eq(partyId))
                .and(exists(selectOne()
                        .from(ACCOUNT_ROLE)
                        .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID))
                        .and(ACCOUNT_ROLE.ROLE.eq(Role.COUNCILLOR))))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .fetch(mapping(Account::new));
    }

    /** Inserts the account unless the address is taken; empty if it was. */
    Optional<Long> insertAccount(
            String email,
            String displayName,
            String passwordHash,
            String language,
            Instant now,
            @Nullable Instant confirmedAt) {
        int inserted = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, email)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.LANGUAGE, language)
                .set(ACCOUNT.EMAIL_CONFIRMED_AT, confirmedAt)
                .set(ACCOUNT.CREATED_AT, now)
                .set(ACCOUNT.LAST_ACTIVE_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        return inserted == 0 ? Optional.empty() : accountIdByEmail(email);
    }

    /**
     * Gives an account that never confirmed its address (nor was verified) the name, password and language of a new
     * registration, as if registered now; false, changing nothing, for any other account.
     */
    boolean replaceUnconfirmed(long accountId, String displayName, String passwordHash, String language, Instant now) {
        return dsl.update(ACCOUNT)
                        .set(ACCOUNT.DISPLAY_NAME, displayName)
                        .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                        .set(ACCOUNT.LANGUAGE, language)
                        .set(ACCOUNT.CREATED_AT, now)
                        .set(ACCOUNT.LAST_ACTIVE_AT, now)
                        .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                        .where(ACCOUNT.ID.eq(accountId))
                        .and(LIVE)
                        .and(ACCOUNT.EMAIL_CONFIRMED_AT.isNull())
                        .and(ACCOUNT.VERIFIED_AT.isNull())
                        .execute()
                == 1;
    }

    void setParty(long accountId, @Nullable Long partyId) {
        setColumn(accountId, ACCOUNT.PARTY_ID, partyId);
    }

    void setSessionsValidFrom(long accountId, Instant validFrom) {
        setColumn(accountId, ACCOUNT.SESSIONS_VALID_FROM, validFrom);
    }

    /** The moment the account's sessions are valid from (the epoch if never ended); empty if no such account. */
    Optional<Instant> sessionsValidFrom(long accountId) {
        return dsl.select(ACCOUNT.SESSIONS_VALID_FROM)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> r.value1() == null ? Instant.EPOCH : r.value1());
    }

    void setPassword(long accountId, String passwordHash) {
        setColumn(accountId, ACCOUNT.PASSWORD_HASH, passwordHash);
    }

    void setPassword(String email, String passwordHash) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(ACCOUNT.EMAIL.eq(email))
                .execute();
    }

    /** Sets or clears the block; true if it changed. */
    boolean setBlocked(long accountId, @Nullable Long blockedBy, @Nullable Instant now) {
        return dsl.update(ACCOUNT)
                        .set(ACCOUNT.BLOCKED_AT, now)
                        .set(ACCOUNT.BLOCKED_BY, blockedBy)
                        .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                        .where(ACCOUNT.ID
                                .eq(accountId)
                                .and(now == null ? ACCOUNT.BLOCKED_AT.isNotNull() : ACCOUNT.BLOCKED_AT.isNull()))
                        .execute()
                == 1;
    }

    boolean isBlocked(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.BLOCKED_AT.isNotNull()));
    }

    /** Whether the owner may no longer change the display name: the griffie redacted it. */
    boolean isDisplayNameRedacted(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.DISPLAY_NAME_REDACTED_AT.isNotNull()));
    }

    void markDisplayNameRedacted(long accountId, Instant at) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME_REDACTED_AT, at)
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    void setProfile(long accountId, String displayName, String language) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.LANGUAGE, language)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /** An account's public facts and its profile text as stored, whatever its state. */
    record ProfileRow(
            long id,
            String publicId,
            String displayName,
            Instant createdAt,
            boolean verified,
            @Nullable String text,
            @Nullable ProfileTextState state,
            @Nullable ProfileTextState hiddenFrom) {}

    Optional<ProfileRow> profile(long accountId, boolean lock) {
        var select = selectProfile().where(ACCOUNT.ID.eq(accountId).and(LIVE));
        return (lock ? select.forUpdate() : select).fetchOptional(mapping(ProfileRow::new));
    }

    Optional<ProfileRow> profile(String publicId) {
        return selectProfile().where(ACCOUNT.PUBLIC_ID.eq(publicId).and(LIVE)).fetchOptional(mapping(ProfileRow::new));
    }

    private SelectJoinStep<Record8<Long, String, String, Instant, Boolean, String, ProfileTextState, ProfileTextState>>
            selectProfile() {
        return dsl.select(
                        ACCOUNT.ID,
                        ACCOUNT.PUBLIC_ID,
                        ACCOUNT.DISPLAY_NAME,
                        ACCOUNT.CREATED_AT,
                        field(ACCOUNT.VERIFIED_AT.isNotNull()),
                        ACCOUNT.PROFILE_TEXT,
                        ACCOUNT.PROFILE_TEXT_STATE,
                        ACCOUNT.PROFILE_TEXT_HIDDEN_FROM)
                .from(ACCOUNT);
    }

    /** Sets the text with its state (both null to clear it); a new text is never hidden, so hidden_from goes. */
    void setProfileText(long accountId, @Nullable String text, @Nullable ProfileTextState state) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.PROFILE_TEXT, text)
                .set(ACCOUNT.PROFILE_TEXT_STATE, state)
                .set(ACCOUNT.PROFILE_TEXT_HIDDEN_FROM, (ProfileTextState) null)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /** Moves the text to another state, remembering {@code hiddenFrom} while it is hidden. */
    void setProfileTextState(long accountId, ProfileTextState state, @Nullable ProfileTextState hiddenFrom) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.PROFILE_TEXT_STATE, state)
                .set(ACCOUNT.PROFILE_TEXT_HIDDEN_FROM, hiddenFrom)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /** Replaces the words of the text, keeping its state (moderation's redaction). */
    void replaceProfileText(long accountId, String text) {
        setColumn(accountId, ACCOUNT.PROFILE_TEXT, text);
    }

    /** One column of the account, with a new version: a page edited from before the change is refused. */
    private <T> void setColumn(long accountId, Field<T> column, @Nullable T value) {
        dsl.update(ACCOUNT)
                .set(column, value)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    void confirmEmail(long accountId, Instant now) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.EMAIL_CONFIRMED_AT, now)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .and(ACCOUNT.EMAIL_CONFIRMED_AT.isNull())
                .execute();
    }
}
