package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.DISCUSSION_VALUE;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT_VOTE;
import static nl.raadsplein.jooq.Tables.VALUE_WEIGHT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.jooq.tables.StatementVote;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements, participants, votes and value weights. Every change runs after the discussion's row is locked
 * ({@link DiscussionRepository#lock}, or shared by votes, {@link DiscussionRepository#share}), then the account's
 * and the statement's; the statements' counters and the discussion's tally change in the same transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class StatementRepository {

    private static final Field<Integer> ONE = inline(1);
    private static final StatementVote MY_VOTE = STATEMENT_VOTE.as("my_vote");
    private static final StatementVote ANY_VOTE = STATEMENT_VOTE.as("any_vote");

    private final DSLContext dsl;

    StatementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The account's standing for taking part: verified, blocked. */
    record Standing(boolean verified, boolean blocked) {}

    /**
     * Locks the account's row: one change at a time per person, so that two first votes of one person at once do not
     * both create its participant (the duplicate key's shared locks would deadlock) or both count it as new.
     */
    Optional<Standing> lockStanding(long accountId) {
        return dsl.select(field(ACCOUNT.VERIFIED_AT.isNotNull()), field(ACCOUNT.BLOCKED_AT.isNotNull()))
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .forUpdate()
                .fetchOptional(mapping(Standing::new));
    }

    Optional<Long> participant(long discussionId, long accountId) {
        return dsl.select(DISCUSSION_PARTICIPANT.ID)
                .from(DISCUSSION_PARTICIPANT)
                .where(DISCUSSION_PARTICIPANT
                        .DISCUSSION_ID
                        .eq(discussionId)
                        .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.eq(accountId)))
                .fetchOptional(Record1::value1);
    }

    /**
     * The account's participant in the discussion, created on first need, its row locked. Callers hold the account's
     * row ({@link #lockStanding}), so no one else creates it meanwhile.
     */
    long ensureParticipant(long discussionId, long accountId, Instant now) {
        return lockedParticipant(discussionId, accountId)
                .orElseGet(() -> insertParticipant(discussionId, accountId, now));
    }

    private Optional<Long> lockedParticipant(long discussionId, long accountId) {
        return dsl.select(DISCUSSION_PARTICIPANT.ID)
                .from(DISCUSSION_PARTICIPANT)
                .where(DISCUSSION_PARTICIPANT
                        .DISCUSSION_ID
                        .eq(discussionId)
                        .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.eq(accountId)))
                .forUpdate()
                .fetchOptional(Record1::value1);
    }

    record Row(
            long id,
            long discussionId,
            StatementState state,
            @Nullable Long authorId,
            String text) {}

    /** The author's statements that are not hidden, by discussion: the order their discussions are locked in. */
    List<Row> unhiddenBy(long authorId) {
        return dsl.select(STATEMENT.ID, STATEMENT.DISCUSSION_ID, STATEMENT.STATE, STATEMENT.AUTHOR_ID, STATEMENT.TEXT)
                .from(STATEMENT)
                .where(STATEMENT.AUTHOR_ID.eq(authorId))
                .and(STATEMENT.STATE.ne(StatementState.HIDDEN))
                .orderBy(STATEMENT.DISCUSSION_ID, STATEMENT.ID)
                .fetch(mapping(Row::new));
    }

    Optional<Row> statement(long id, boolean lock) {
        var query = dsl.select(
                        STATEMENT.ID, STATEMENT.DISCUSSION_ID, STATEMENT.STATE, STATEMENT.AUTHOR_ID, STATEMENT.TEXT)
                .from(STATEMENT)
                .where(STATEMENT.ID.eq(id));
        return (lock ? query.forUpdate() : query).fetchOptional(mapping(Row::new));
    }

    long insert(long discussionId, String text, long authorId, long participantId, StatementState state, Instant now) {
        return dsl.insertInto(STATEMENT)
                .set(STATEMENT.DISCUSSION_ID, discussionId)
                .set(STATEMENT.TEXT, text)
                .set(STATEMENT.SEED, false)
                .set(STATEMENT.AUTHOR_ID, authorId)
                .set(STATEMENT.PARTICIPANT_ID, participantId)
                .set(STATEMENT.STATE, state)
                .set(STATEMENT.CREATED_AT, now)
                .returningResult(STATEMENT.ID)
                .fetchSingle()
                .value1();
    }

    /** Published statements of the discussion with their counts, oldest first. */
    List<StatementView> published(long discussionId) {
        return dsl.select(
                        STATEMENT.ID,
                        STATEMENT.DISCUSSION_ID,
                        STATEMENT.TEXT,
                        STATEMENT.SEED,
                        STATEMENT.AGREE_COUNT,
                        STATEMENT.DISAGREE_COUNT,
                        STATEMENT.PASS_COUNT)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussionId).and(STATEMENT.STATE.eq(StatementState.PUBLISHED)))
                .orderBy(STATEMENT.ID)
                .fetch(mapping(StatementView::new));
    }

    /** A statement the participant has not voted on, with how far out on the opinion map it lies. */
    record Candidate(StatementView statement, double extremity) {}

    /** Published statements the participant has not voted on. */
    List<Candidate> unvoted(long discussionId, long participantId) {
        return dsl.select(
                        row(
                                        STATEMENT.ID,
                                        STATEMENT.DISCUSSION_ID,
                                        STATEMENT.TEXT,
                                        STATEMENT.SEED,
                                        STATEMENT.AGREE_COUNT,
                                        STATEMENT.DISAGREE_COUNT,
                                        STATEMENT.PASS_COUNT)
                                .mapping(StatementView::new),
                        STATEMENT.EXTREMITY)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussionId))
                .and(STATEMENT.STATE.eq(StatementState.PUBLISHED))
                .andNotExists(select(ONE)
                        .from(STATEMENT_VOTE)
                        .where(STATEMENT_VOTE.STATEMENT_ID.eq(STATEMENT.ID))
                        .and(STATEMENT_VOTE.PARTICIPANT_ID.eq(participantId)))
                .orderBy(STATEMENT.ID)
                .fetch(mapping(Candidate::new));
    }

    /** The participant's votes on published statements, in the order of the statements. */
    List<MyVote> votes(long discussionId, long participantId) {
        return dsl.select(STATEMENT.ID, STATEMENT.TEXT, STATEMENT_VOTE.STANCE)
                .from(STATEMENT_VOTE)
                .join(STATEMENT)
                .on(STATEMENT.ID.eq(STATEMENT_VOTE.STATEMENT_ID))
                .where(STATEMENT_VOTE.DISCUSSION_ID.eq(discussionId))
                .and(STATEMENT_VOTE.PARTICIPANT_ID.eq(participantId))
                .and(STATEMENT.STATE.eq(StatementState.PUBLISHED))
                .orderBy(STATEMENT.ID)
                .fetch(mapping(MyVote::new));
    }

    /**
     * What a vote on the statement needs to know, in one read: its discussion and state, the account's participant
     * in that discussion (none before a first vote), that participant's vote on it and whether they voted in the
     * discussion at all. Read after the discussion's and the account's locks, of committed rows: no one else changes
     * this account's participant or votes meanwhile, and a moderator's change of the state waits for the discussion's
     * lock.
     */
    Optional<Ballot> ballot(long statementId, long accountId) {
        return dsl.select(
                        STATEMENT.DISCUSSION_ID,
                        STATEMENT.STATE,
                        DISCUSSION_PARTICIPANT.ID,
                        MY_VOTE.STANCE,
                        field(exists(select(ONE)
                                .from(ANY_VOTE)
                                .where(ANY_VOTE.DISCUSSION_ID.eq(STATEMENT.DISCUSSION_ID))
                                .and(ANY_VOTE.PARTICIPANT_ID.eq(DISCUSSION_PARTICIPANT.ID)))))
                .from(STATEMENT)
                .leftJoin(DISCUSSION_PARTICIPANT)
                .on(DISCUSSION_PARTICIPANT.DISCUSSION_ID.eq(STATEMENT.DISCUSSION_ID))
                .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.eq(accountId))
                .leftJoin(MY_VOTE)
                .on(MY_VOTE.STATEMENT_ID.eq(STATEMENT.ID))
                .and(MY_VOTE.PARTICIPANT_ID.eq(DISCUSSION_PARTICIPANT.ID))
                .where(STATEMENT.ID.eq(statementId))
                .fetchOptional(mapping(Ballot::new));
    }

    record Ballot(
            long discussionId,
            StatementState state,
            @Nullable Long participantId,
            @Nullable Stance before,
            boolean votedBefore) {}

    /** A participant for the account in the discussion; the caller holds the account's row and found none. */
    long insertParticipant(long discussionId, long accountId, Instant now) {
        return dsl.insertInto(DISCUSSION_PARTICIPANT)
                .set(DISCUSSION_PARTICIPANT.DISCUSSION_ID, discussionId)
                .set(DISCUSSION_PARTICIPANT.ACCOUNT_ID, accountId)
                .set(DISCUSSION_PARTICIPANT.JOINED_AT, now)
                .returningResult(DISCUSSION_PARTICIPANT.ID)
                .fetchSingle()
                .value1();
    }

    /** Whether the participant voted before, read with a lock as {@link #ensureParticipant} reads. */
    boolean hasVoted(long discussionId, long participantId) {
        return dsl.select(STATEMENT_VOTE.STATEMENT_ID)
                .from(STATEMENT_VOTE)
                .where(STATEMENT_VOTE.DISCUSSION_ID.eq(discussionId))
                .and(STATEMENT_VOTE.PARTICIPANT_ID.eq(participantId))
                .limit(1)
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    void insertVote(long statementId, long participantId, long discussionId, Stance stance, Instant now) {
        dsl.insertInto(STATEMENT_VOTE)
                .set(STATEMENT_VOTE.STATEMENT_ID, statementId)
                .set(STATEMENT_VOTE.PARTICIPANT_ID, participantId)
                .set(STATEMENT_VOTE.DISCUSSION_ID, discussionId)
                .set(STATEMENT_VOTE.STANCE, stance)
                .set(STATEMENT_VOTE.VOTED_AT, now)
                .execute();
    }

    void changeVote(long statementId, long participantId, Stance stance, Instant now) {
        dsl.update(STATEMENT_VOTE)
                .set(STATEMENT_VOTE.STANCE, stance)
                .set(STATEMENT_VOTE.VOTED_AT, now)
                .where(STATEMENT_VOTE.STATEMENT_ID.eq(statementId))
                .and(STATEMENT_VOTE.PARTICIPANT_ID.eq(participantId))
                .execute();
    }

    /**
     * Moves one vote on the statement from {@code before} (none for a new vote) to {@code after} in its counters, in
     * one update.
     */
    void recount(long statementId, @Nullable Stance before, Stance after) {
        dsl.update(STATEMENT)
                .set(STATEMENT.AGREE_COUNT, STATEMENT.AGREE_COUNT.plus(delta(Stance.AGREE, before, after)))
                .set(STATEMENT.DISAGREE_COUNT, STATEMENT.DISAGREE_COUNT.plus(delta(Stance.DISAGREE, before, after)))
                .set(STATEMENT.PASS_COUNT, STATEMENT.PASS_COUNT.plus(delta(Stance.PASS, before, after)))
                .where(STATEMENT.ID.eq(statementId))
                .execute();
    }

    private static int delta(Stance counted, @Nullable Stance before, Stance after) {
        return (after == counted ? 1 : 0) - (before == counted ? 1 : 0);
    }

    /**
     * Counts a vote in the participant's slot of the discussion's tally; {@code newVote} false for a changed vote,
     * which counts only as a change.
     */
    void countVote(long discussionId, long participantId, boolean newVote, boolean newParticipant, Instant now) {
        Tally.add(dsl, discussionId, participantId, newParticipant ? 1 : 0, newVote ? 1 : 0, 1, now);
    }

    /** How far the participant is: published statements voted on, of all published ones, in one round trip. */
    Progress progress(long discussionId, long participantId) {
        return dsl.select(
                        field(selectCount()
                                .from(STATEMENT_VOTE)
                                .join(STATEMENT)
                                .on(STATEMENT.ID.eq(STATEMENT_VOTE.STATEMENT_ID))
                                .where(STATEMENT_VOTE.DISCUSSION_ID.eq(discussionId))
                                .and(STATEMENT_VOTE.PARTICIPANT_ID.eq(participantId))
                                .and(STATEMENT.STATE.eq(StatementState.PUBLISHED))),
                        field(selectCount()
                                .from(STATEMENT)
                                .where(STATEMENT.DISCUSSION_ID.eq(discussionId))
                                .and(STATEMENT.STATE.eq(StatementState.PUBLISHED))))
                .fetchSingle(mapping(Progress::new));
    }

    void addToStatementCount(long discussionId, int delta) {
        dsl.update(DISCUSSION)
                .set(DISCUSSION.STATEMENT_COUNT, DISCUSSION.STATEMENT_COUNT.plus(delta))
                .where(DISCUSSION.ID.eq(discussionId))
                .execute();
    }

    void setState(long statementId, StatementState state, @Nullable StatementState hiddenFrom) {
        dsl.update(STATEMENT)
                .set(STATEMENT.STATE, state)
                .set(STATEMENT.HIDDEN_FROM_STATE, hiddenFrom)
                .set(STATEMENT.VERSION, STATEMENT.VERSION.plus(1))
                .where(STATEMENT.ID.eq(statementId))
                .execute();
    }

    void setText(long statementId, String text) {
        dsl.update(STATEMENT)
                .set(STATEMENT.TEXT, text)
                .set(STATEMENT.VERSION, STATEMENT.VERSION.plus(1))
                .where(STATEMENT.ID.eq(statementId))
                .execute();
    }

    @Nullable
    StatementState hiddenFrom(long statementId) {
        return dsl.select(STATEMENT.HIDDEN_FROM_STATE)
                .from(STATEMENT)
                .where(STATEMENT.ID.eq(statementId))
                .fetchSingle()
                .value1();
    }

    /** The participant's points per value, in the discussion's order of values; empty when not weighed yet. */
    Map<String, Integer> weights(long participantId) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        dsl.select(VALUE_WEIGHT.VALUE_CODE, VALUE_WEIGHT.POINTS)
                .from(VALUE_WEIGHT)
                .where(VALUE_WEIGHT.PARTICIPANT_ID.eq(participantId))
                .orderBy(VALUE_WEIGHT.VALUE_CODE)
                .forEach(r -> weights.put(r.value1(), r.value2()));
        return weights;
    }

    void replaceWeights(long participantId, Map<String, Integer> points) {
        dsl.deleteFrom(VALUE_WEIGHT)
                .where(VALUE_WEIGHT.PARTICIPANT_ID.eq(participantId))
                .execute();
        var insert =
                dsl.insertInto(VALUE_WEIGHT, VALUE_WEIGHT.PARTICIPANT_ID, VALUE_WEIGHT.VALUE_CODE, VALUE_WEIGHT.POINTS);
        for (var entry : points.entrySet()) {
            insert = insert.values(participantId, entry.getKey(), entry.getValue());
        }
        insert.execute();
    }

    /** The discussion's value codes in the author's order. */
    List<String> valueCodes(long discussionId) {
        return dsl.select(DISCUSSION_VALUE.VALUE_CODE)
                .from(DISCUSSION_VALUE)
                .where(DISCUSSION_VALUE.DISCUSSION_ID.eq(discussionId))
                .orderBy(DISCUSSION_VALUE.POSITION)
                .fetch(Record1::value1);
    }
}
