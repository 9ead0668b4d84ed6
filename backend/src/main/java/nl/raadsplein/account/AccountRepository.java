package nl.raadsplein.account;

import static java.util.stream.Collectors.toCollection;
import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.ACCOUNT_TOKEN;
import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
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
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.moderation.ModerationAction;
import nl.raadsplein.platform.ConcurrentChangeException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record10;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AccountRepository {

    private static final Field<Set<Role>> ROLES = multiset(
                    select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID)))
            .convertFrom(r -> r.stream()
                    .map(role -> Role.valueOf(role.value1()))
                    .collect(toCollection(() -> EnumSet.noneOf(Role.class))));

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectOnConditionStep<
            Record10<Long, String, String, String, Boolean, Boolean, Set<Role>, Party, Instant, Integer>>
            selectAccounts() {
        return dsl.select(
                        ACCOUNT.ID,
                        ACCOUNT.EMAIL,
                        ACCOUNT.DISPLAY_NAME,
                        ACCOUNT.LANGUAGE,
                        field(ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull()),
                        field(ACCOUNT.VERIFIED_AT.isNotNull()),
                        ROLES,
                        row(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.ACTIVE, PARTY.VERSION).mapping(Party.class,
                                (id, name, abbreviation, active, version) ->
                                        id == null ? null : new Party(id, name, abbreviation, active, version)),
                        ACCOUNT.CREATED_AT,
                        ACCOUNT.VERSION)
                .from(ACCOUNT)
                .leftJoin(PARTY).on(PARTY.ID.eq(ACCOUNT.PARTY_ID));
    }

    Optional<Account> account(long id) {
        return selectAccounts().where(ACCOUNT.ID.eq(id)).fetchOptional(mapping(Account::new));
    }

    Optional<Long> accountIdByEmail(String email) {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.EMAIL.eq(email)).fetchOptional(Record1::value1);
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
                .where(ACCOUNT.EMAIL.eq(email))
                .fetchOptional(mapping(AccountPrincipal::new));
    }

    String passwordHash(long id) {
        return dsl.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchSingle(Record1::value1);
    }

    List<Account> find(String query, int offset, int limit) {
        return selectAccounts()
                .where(matching(query))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .limit(limit)
                .offset(offset)
                .fetch(mapping(Account::new));
    }

    int count(String query) {
        return dsl.fetchCount(ACCOUNT, matching(query));
    }

    // contains() escapes % and _ so that a search for "50%" finds just that.
    private static Condition matching(String query) {
        if (!StringUtils.hasText(query)) {
            return noCondition();
        }
        String text = query.strip();
        return ACCOUNT.DISPLAY_NAME.containsIgnoreCase(text).or(ACCOUNT.EMAIL.containsIgnoreCase(text));
    }

    List<Account> councillors(long partyId) {
        return selectAccounts()
                .where(ACCOUNT.PARTY_ID.eq(partyId))
                .and(exists(selectOne().from(ACCOUNT_ROLE)
                        .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID))
                        .and(ACCOUNT_ROLE.ROLE.eq(Role.COUNCILLOR.name()))))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .fetch(mapping(Account::new));
    }

    /** Inserts the account unless the address is taken; empty if it was. */
    Optional<Long> insertAccount(String email, String displayName, String passwordHash, String language,
            Instant now, Instant confirmedAt) {
        int inserted = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, email)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.LANGUAGE, language)
                .set(ACCOUNT.EMAIL_CONFIRMED_AT, confirmedAt)
                .set(ACCOUNT.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        return inserted == 0 ? Optional.empty() : accountIdByEmail(email);
    }

    void grant(long accountId, Role role, Long grantedBy, Instant now) {
        dsl.insertInto(ACCOUNT_ROLE)
                .set(ACCOUNT_ROLE.ACCOUNT_ID, accountId)
                .set(ACCOUNT_ROLE.ROLE, role.name())
                .set(ACCOUNT_ROLE.GRANTED_AT, now)
                .set(ACCOUNT_ROLE.GRANTED_BY, grantedBy)
                .onDuplicateKeyIgnore()
                .execute();
    }

    void revoke(long accountId, Role role) {
        dsl.deleteFrom(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_ROLE.ROLE.eq(role.name()))
                .execute();
    }

    /** Locks the administrators' role rows, so that two administrators cannot both revoke the other. */
    List<Long> lockAdministrators() {
        return dsl.select(ACCOUNT_ROLE.ACCOUNT_ID)
                .from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ROLE.eq(Role.ADMIN.name()))
                .forUpdate()
                .fetch(Record1::value1);
    }

    boolean hasAdministrator() {
        return dsl.fetchExists(ACCOUNT_ROLE, ACCOUNT_ROLE.ROLE.eq(Role.ADMIN.name()));
    }

    void setParty(long accountId, Long partyId) {
        setColumn(accountId, ACCOUNT.PARTY_ID, partyId);
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
    boolean setBlocked(long accountId, Long blockedBy, Instant now) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.BLOCKED_AT, now)
                .set(ACCOUNT.BLOCKED_BY, blockedBy)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId).and(now == null ? ACCOUNT.BLOCKED_AT.isNotNull()
                        : ACCOUNT.BLOCKED_AT.isNull()))
                .execute() == 1;
    }

    boolean isBlocked(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.BLOCKED_AT.isNotNull()));
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
    record ProfileRow(long id, String displayName, Instant createdAt, boolean verified, String text,
            ProfileTextState state, ProfileTextState hiddenFrom) {
    }

    Optional<ProfileRow> profile(long accountId, boolean lock) {
        var select = dsl.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.CREATED_AT,
                        field(ACCOUNT.VERIFIED_AT.isNotNull()), ACCOUNT.PROFILE_TEXT,
                        ACCOUNT.PROFILE_TEXT_STATE.convertFrom(AccountRepository::textState),
                        ACCOUNT.PROFILE_TEXT_HIDDEN_FROM.convertFrom(AccountRepository::textState))
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId));
        return (lock ? select.forUpdate() : select).fetchOptional(mapping(ProfileRow::new));
    }

    private static ProfileTextState textState(String name) {
        return name == null ? null : ProfileTextState.valueOf(name);
    }

    /** Sets the text with its state (both null to clear it); a new text is never hidden, so hidden_from goes. */
    void setProfileText(long accountId, String text, ProfileTextState state) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.PROFILE_TEXT, text)
                .set(ACCOUNT.PROFILE_TEXT_STATE, state == null ? null : state.name())
                .set(ACCOUNT.PROFILE_TEXT_HIDDEN_FROM, (String) null)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /**
     * Whether the griffie holds this account's profile texts back: reports hide it pending review, or the last
     * decision about its text (hide, restore, approve) was to hide it and stands. A read of the moderation
     * feature's tables, so that clearing a hidden text and writing it again cannot skip the griffie (ADR 6).
     */
    boolean profileTextHeldBack(long accountId) {
        var item = dsl.select(MODERATION_ITEM.ID, MODERATION_ITEM.HIDDEN_BY_REPORTS)
                .from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.PROFILE).and(MODERATION_ITEM.ITEM_ID.eq(accountId)))
                .fetchOptional();
        if (item.isEmpty()) {
            return false;
        }
        if (Boolean.TRUE.equals(item.get().value2())) {
            return true;
        }
        return dsl.select(MODERATION_ACTION.ACTION, MODERATION_ACTION.OVERTURNED_AT)
                .from(MODERATION_ACTION)
                .where(MODERATION_ACTION.MODERATION_ITEM_ID.eq(item.get().value1()))
                .and(MODERATION_ACTION.ACTION.in(ModerationAction.HIDE, ModerationAction.RESTORE,
                        ModerationAction.APPROVE))
                .orderBy(MODERATION_ACTION.ACTED_AT.desc(), MODERATION_ACTION.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(last -> last.value1() == ModerationAction.HIDE && last.value2() == null)
                .orElse(false);
    }

    /** Moves the text to another state, remembering {@code hiddenFrom} while it is hidden. */
    void setProfileTextState(long accountId, ProfileTextState state, ProfileTextState hiddenFrom) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.PROFILE_TEXT_STATE, state.name())
                .set(ACCOUNT.PROFILE_TEXT_HIDDEN_FROM, hiddenFrom == null ? null : hiddenFrom.name())
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /** Replaces the words of the text, keeping its state (moderation's redaction). */
    void replaceProfileText(long accountId, String text) {
        setColumn(accountId, ACCOUNT.PROFILE_TEXT, text);
    }

    /** One column of the account, with a new version: a page edited from before the change is refused. */
    private <T> void setColumn(long accountId, Field<T> column, T value) {
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

    void insertToken(long accountId, TokenPurpose purpose, String tokenHash, Instant now) {
        dsl.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.ACCOUNT_ID, accountId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
                .set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_TOKEN.CREATED_AT, now)
                .set(ACCOUNT_TOKEN.EXPIRES_AT, now.plus(purpose.validity))
                .execute();
    }

    /** Marks a valid, unused token used and names its account; empty for any other token. */
    Optional<Long> useToken(TokenPurpose purpose, String tokenHash, Instant now) {
        Optional<Record1<Long>> token = dsl.select(ACCOUNT_TOKEN.ID)
                .from(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .forUpdate()
                .fetchOptional();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, now).where(ACCOUNT_TOKEN.ID.eq(token.get().value1()))
                .execute();
        return dsl.select(ACCOUNT_TOKEN.ACCOUNT_ID).from(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.ID.eq(token.get().value1()))
                .fetchOptional(Record1::value1);
    }

    void useAllTokens(long accountId, TokenPurpose purpose, Instant now) {
        dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute();
    }

    List<Party> parties() {
        return dsl.select(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.ACTIVE, PARTY.VERSION)
                .from(PARTY)
                .orderBy(PARTY.NAME)
                .fetch(mapping(Party::new));
    }

    Optional<Party> party(long id) {
        return dsl.select(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.ACTIVE, PARTY.VERSION)
                .from(PARTY)
                .where(PARTY.ID.eq(id))
                .fetchOptional(mapping(Party::new));
    }

    Optional<Long> partyIdByAbbreviation(String abbreviation) {
        return dsl.select(PARTY.ID).from(PARTY).where(PARTY.ABBREVIATION.eq(abbreviation))
                .fetchOptional(Record1::value1);
    }

    /** Whether another party than {@code exceptId} has this name; the collation ignores case. */
    boolean partyNameTaken(String name, long exceptId) {
        return dsl.fetchExists(PARTY, PARTY.NAME.eq(name).and(PARTY.ID.ne(exceptId)));
    }

    boolean partyAbbreviationTaken(String abbreviation, long exceptId) {
        return dsl.fetchExists(PARTY, PARTY.ABBREVIATION.eq(abbreviation).and(PARTY.ID.ne(exceptId)));
    }

    long insertParty(String name, String abbreviation, Instant now) {
        return dsl.insertInto(PARTY)
                .set(PARTY.NAME, name)
                .set(PARTY.ABBREVIATION, abbreviation)
                .set(PARTY.ACTIVE, true)
                .set(PARTY.CREATED_AT, now)
                .returningResult(PARTY.ID)
                .fetchSingle(Record1::value1);
    }

    void updateParty(long id, String name, String abbreviation, boolean active, int version) {
        int updated = dsl.update(PARTY)
                .set(PARTY.NAME, name)
                .set(PARTY.ABBREVIATION, abbreviation)
                .set(PARTY.ACTIVE, active)
                .set(PARTY.VERSION, PARTY.VERSION.plus(1))
                .where(PARTY.ID.eq(id).and(PARTY.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException();
        }
    }
}
