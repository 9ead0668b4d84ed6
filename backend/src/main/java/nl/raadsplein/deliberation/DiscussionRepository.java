package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.AGENDA_THEME;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_THEME;
import static nl.raadsplein.jooq.Tables.DISCUSSION_TRADEOFF;
import static nl.raadsplein.jooq.Tables.DISCUSSION_VALUE;
import static nl.raadsplein.jooq.Tables.PUBLIC_VALUE;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.account.Role;
import nl.raadsplein.platform.LocalizedText;
import nl.raadsplein.platform.Markdown;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record10;
import org.jooq.SelectConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The discussion rows with their themes, values and trade-offs; the seed statements are written here too. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class DiscussionRepository {

    private final DSLContext dsl;

    DiscussionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A discussion as a change needs it, its row locked until the transaction ends. */
    record Locked(
            long id,
            long authorId,
            String question,
            DiscussionState state,
            Instant opensAt,
            Instant closesAt,
            boolean residentsMayAdd,
            boolean premoderation,
            Eligibility eligibility,
            int version) {

        DiscussionPhase phase(Instant now) {
            return DiscussionRepository.phase(opensAt, closesAt, now);
        }
    }

    static DiscussionPhase phase(Instant opensAt, Instant closesAt, Instant now) {
        return now.isBefore(opensAt)
                ? DiscussionPhase.UPCOMING
                : now.isBefore(closesAt) ? DiscussionPhase.OPEN : DiscussionPhase.CLOSED;
    }

    /**
     * Locks the discussion row first: every change to the discussion and its statements runs after this (votes after
     * {@link #share}), so its counters never lose an update and foreign-key checks never deadlock with the counter
     * updates that follow.
     */
    Optional<Locked> lock(long id) {
        return locking(id).forUpdate().fetchOptional(mapping(Locked::new));
    }

    /**
     * Locks the discussion row for sharing: votes, which change none of its columns, go on side by side and a change
     * of the discussion itself (closing it, say) waits for them.
     */
    Optional<Locked> share(long id) {
        return locking(id).forShare().fetchOptional(mapping(Locked::new));
    }

    /** The discussion as {@link #lock} reads it, without locking: for reads that change nothing. */
    Locked read(long id) {
        return locking(id).fetchSingle(mapping(Locked::new));
    }

    private SelectConditionStep<
                    Record10<
                            Long,
                            Long,
                            String,
                            DiscussionState,
                            Instant,
                            Instant,
                            Boolean,
                            Boolean,
                            Eligibility,
                            Integer>>
            locking(long id) {
        return dsl.select(
                        DISCUSSION.ID,
                        DISCUSSION.AUTHOR_ID,
                        DISCUSSION.QUESTION,
                        DISCUSSION.STATE,
                        DISCUSSION.OPENS_AT,
                        DISCUSSION.CLOSES_AT,
                        DISCUSSION.RESIDENTS_MAY_ADD,
                        DISCUSSION.PREMODERATION,
                        DISCUSSION.ELIGIBILITY,
                        DISCUSSION.VERSION)
                .from(DISCUSSION)
                .where(DISCUSSION.ID.eq(id));
    }

    long insert(long authorId, Framed checked, Instant now) {
        long id = dsl.insertInto(DISCUSSION)
                .set(DISCUSSION.AUTHOR_ID, authorId)
                .set(DISCUSSION.STATE, DiscussionState.DRAFT)
                .set(DISCUSSION.CREATED_AT, now)
                .set(fields(checked, now))
                .returningResult(DISCUSSION.ID)
                .fetchSingle()
                .value1();
        insertChildren(id, checked, now);
        return id;
    }

    /** Replaces a draft's contents; false when someone changed it since {@code version}. */
    boolean update(long id, Framed checked, int version, Instant now) {
        int updated = dsl.update(DISCUSSION)
                .set(fields(checked, now))
                .set(DISCUSSION.VERSION, DISCUSSION.VERSION.plus(1))
                .where(DISCUSSION.ID.eq(id).and(DISCUSSION.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(STATEMENT).where(STATEMENT.DISCUSSION_ID.eq(id)).execute();
        dsl.deleteFrom(DISCUSSION_TRADEOFF)
                .where(DISCUSSION_TRADEOFF.DISCUSSION_ID.eq(id))
                .execute();
        dsl.deleteFrom(DISCUSSION_VALUE)
                .where(DISCUSSION_VALUE.DISCUSSION_ID.eq(id))
                .execute();
        dsl.deleteFrom(DISCUSSION_THEME)
                .where(DISCUSSION_THEME.DISCUSSION_ID.eq(id))
                .execute();
        insertChildren(id, checked, now);
        return true;
    }

    private static Map<Field<?>, @Nullable Object> fields(Framed d, Instant now) {
        Map<Field<?>, @Nullable Object> values = new HashMap<>();
        values.put(DISCUSSION.QUESTION, d.question());
        values.put(DISCUSSION.CONTEXT, d.context());
        values.put(DISCUSSION.CONSULTATION_ID, d.consultationId());
        values.put(DISCUSSION.OPENS_AT, d.opensAt());
        values.put(DISCUSSION.CLOSES_AT, d.closesAt());
        values.put(DISCUSSION.RESIDENTS_MAY_ADD, d.residentsMayAdd());
        values.put(DISCUSSION.PREMODERATION, d.premoderation());
        values.put(DISCUSSION.ELIGIBILITY, d.eligibility());
        values.put(DISCUSSION.STATEMENT_COUNT, d.seedStatements().size());
        values.put(DISCUSSION.UPDATED_AT, now);
        return values;
    }

    private void insertChildren(long id, Framed d, Instant now) {
        var themes = dsl.insertInto(DISCUSSION_THEME, DISCUSSION_THEME.DISCUSSION_ID, DISCUSSION_THEME.THEME_CODE);
        for (String theme : d.themeCodes()) {
            themes = themes.values(id, theme);
        }
        themes.execute();
        var values = dsl.insertInto(
                DISCUSSION_VALUE,
                DISCUSSION_VALUE.DISCUSSION_ID,
                DISCUSSION_VALUE.VALUE_CODE,
                DISCUSSION_VALUE.POSITION);
        int position = 0;
        for (String value : d.valueCodes()) {
            values = values.values(id, value, position++);
        }
        values.execute();
        var tradeoffs = dsl.insertInto(
                DISCUSSION_TRADEOFF,
                DISCUSSION_TRADEOFF.DISCUSSION_ID,
                DISCUSSION_TRADEOFF.VALUE_A,
                DISCUSSION_TRADEOFF.VALUE_B,
                DISCUSSION_TRADEOFF.SENTENCE);
        for (Tradeoff t : d.tradeoffs()) {
            tradeoffs = tradeoffs.values(id, t.valueA(), t.valueB(), t.sentence());
        }
        tradeoffs.execute();
        var seeds = dsl.insertInto(
                STATEMENT,
                STATEMENT.DISCUSSION_ID,
                STATEMENT.TEXT,
                STATEMENT.SEED,
                STATEMENT.STATE,
                STATEMENT.CREATED_AT);
        for (String seed : d.seedStatements()) {
            seeds = seeds.values(id, seed, true, StatementState.PUBLISHED, now);
        }
        seeds.execute();
    }

    void setState(long id, DiscussionState state, @Nullable Long decidedBy, @Nullable String reason, Instant now) {
        dsl.update(DISCUSSION)
                .set(DISCUSSION.STATE, state)
                .set(DISCUSSION.DECIDED_BY, decidedBy)
                .set(DISCUSSION.DECIDED_AT, decidedBy == null ? null : now)
                .set(DISCUSSION.DECISION_REASON, reason)
                .set(DISCUSSION.UPDATED_AT, now)
                .set(DISCUSSION.VERSION, DISCUSSION.VERSION.plus(1))
                .where(DISCUSSION.ID.eq(id))
                .execute();
    }

    Optional<Discussion> details(long id, Instant now) {
        var theme = DISCUSSION_THEME.agendaTheme();
        var value = DISCUSSION_VALUE.publicValue();
        return dsl.select(
                        DISCUSSION.ID,
                        DISCUSSION.QUESTION,
                        DISCUSSION.CONTEXT,
                        DISCUSSION.CONSULTATION_ID,
                        CONSULTATION.TITLE,
                        DISCUSSION.AUTHOR_ID,
                        ACCOUNT.DISPLAY_NAME,
                        DISCUSSION.STATE,
                        DISCUSSION.OPENS_AT,
                        DISCUSSION.CLOSES_AT,
                        DISCUSSION.RESIDENTS_MAY_ADD,
                        DISCUSSION.PREMODERATION,
                        DISCUSSION.ELIGIBILITY,
                        DISCUSSION.DECIDED_AT,
                        DISCUSSION.DECISION_REASON,
                        multiset(select(
                                                theme.CODE,
                                                row(theme.NAME_NL, theme.NAME_EN)
                                                        .mapping(LocalizedText::new))
                                        .from(DISCUSSION_THEME)
                                        .join(theme)
                                        .onKey()
                                        .where(DISCUSSION_THEME.DISCUSSION_ID.eq(DISCUSSION.ID))
                                        .orderBy(theme.CODE))
                                .convertFrom(r -> r.map(mapping(Discussion.Named::new))),
                        multiset(select(
                                                value.CODE,
                                                row(value.NAME_NL, value.NAME_EN)
                                                        .mapping(LocalizedText::new))
                                        .from(DISCUSSION_VALUE)
                                        .join(value)
                                        .onKey()
                                        .where(DISCUSSION_VALUE.DISCUSSION_ID.eq(DISCUSSION.ID))
                                        .orderBy(DISCUSSION_VALUE.POSITION))
                                .convertFrom(r -> r.map(mapping(Discussion.Named::new))),
                        multiset(select(
                                                DISCUSSION_TRADEOFF.VALUE_A,
                                                DISCUSSION_TRADEOFF.VALUE_B,
                                                DISCUSSION_TRADEOFF.SENTENCE)
                                        .from(DISCUSSION_TRADEOFF)
                                        .where(DISCUSSION_TRADEOFF.DISCUSSION_ID.eq(DISCUSSION.ID))
                                        .orderBy(DISCUSSION_TRADEOFF.VALUE_A, DISCUSSION_TRADEOFF.VALUE_B))
                                .convertFrom(r -> r.map(mapping(Tradeoff::new))),
                        multiset(select(STATEMENT.TEXT)
                                        .from(STATEMENT)
                                        .where(STATEMENT
                                                .DISCUSSION_ID
                                                .eq(DISCUSSION.ID)
                                                .and(STATEMENT.SEED.isTrue()))
                                        .orderBy(STATEMENT.ID))
                                .convertFrom(r -> r.map(Record1::value1)),
                        row(DISCUSSION.STATEMENT_COUNT, Tally.participants(), Tally.votes()),
                        DISCUSSION.VERSION)
                .from(DISCUSSION)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(DISCUSSION.AUTHOR_ID))
                .leftJoin(CONSULTATION)
                .on(CONSULTATION.ID.eq(DISCUSSION.CONSULTATION_ID))
                .where(DISCUSSION.ID.eq(id))
                .fetchOptional(r -> new Discussion(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        Markdown.toSafeHtml(r.value3()),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        phase(r.value9(), r.value10(), now),
                        r.value9(),
                        r.value10(),
                        r.value11(),
                        r.value12(),
                        r.value13(),
                        r.value14(),
                        r.value15(),
                        r.value16(),
                        r.value17(),
                        r.value18(),
                        r.value19(),
                        r.value20().value1(),
                        r.value20().value2(),
                        r.value20().value3(),
                        r.value21()));
    }

    /** Summaries in this condition, newest opening first. */
    List<DiscussionSummary> summaries(Condition where, int offset, int limit, Instant now) {
        return dsl.select(
                        DISCUSSION.ID,
                        DISCUSSION.QUESTION,
                        DISCUSSION.STATE,
                        DISCUSSION.OPENS_AT,
                        DISCUSSION.CLOSES_AT,
                        ACCOUNT.DISPLAY_NAME,
                        DISCUSSION.STATEMENT_COUNT,
                        Tally.participants())
                .from(DISCUSSION)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(DISCUSSION.AUTHOR_ID))
                .where(where)
                .orderBy(DISCUSSION.OPENS_AT.desc(), DISCUSSION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new DiscussionSummary(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        phase(r.value4(), r.value5(), now),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8()));
    }

    int count(Condition where) {
        return dsl.fetchCount(DISCUSSION, where);
    }

    boolean themesExist(Collection<String> codes) {
        return dsl.fetchCount(AGENDA_THEME, AGENDA_THEME.CODE.in(codes)) == codes.size();
    }

    boolean valuesExist(Collection<String> codes) {
        return dsl.fetchCount(PUBLIC_VALUE, PUBLIC_VALUE.CODE.in(codes)) == codes.size();
    }

    boolean consultationExists(long id) {
        return dsl.fetchExists(CONSULTATION, CONSULTATION.ID.eq(id));
    }

    List<Long> griffiers() {
        return dsl.select(ACCOUNT_ROLE.ACCOUNT_ID)
                .from(ACCOUNT_ROLE)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(ACCOUNT_ROLE.ACCOUNT_ID))
                .where(ACCOUNT_ROLE.ROLE.eq(Role.GRIFFIER))
                .fetch(Record1::value1);
    }
}
