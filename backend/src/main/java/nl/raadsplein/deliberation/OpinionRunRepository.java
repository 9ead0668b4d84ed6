package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.OPINION_RUN;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT_VOTE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.raadsplein.account.Role;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.deliberation.opinion.ParticipantVote;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The opinion runs: which discussions need one, the claim that keeps one run at a time per discussion (also across
 * instances), the votes a run reads and the models it stores. Each method is one short statement or read, so that
 * no vote ever waits for a computation.
 */
@Repository
class OpinionRunRepository {

    private final DSLContext dsl;

    OpinionRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What one run computes from, read in one transaction so that the votes and the count of changes agree. */
    record Snapshot(
            long changes,
            List<ParticipantVote> votes,
            Set<Long> excludedStatements,
            @Nullable String previousModel) {}

    /** A stored model and when it was computed. */
    record StoredModel(
            @Nullable Instant computedAt,
            @Nullable String model,
            @Nullable Instant finalComputedAt,
            @Nullable String finalModel) {}

    /**
     * Published discussions whose votes changed since their last run, whose last run is older than {@code
     * lastRunBefore} and that no live run holds, oldest change first.
     */
    List<Long> due(Instant now, Instant lastRunBefore, int limit) {
        Field<Long> changes = Tally.changes();
        return dsl.select(DISCUSSION.ID)
                .from(DISCUSSION)
                .leftJoin(OPINION_RUN)
                .on(OPINION_RUN.DISCUSSION_ID.eq(DISCUSSION.ID))
                .where(DISCUSSION.STATE.eq(DiscussionState.PUBLISHED))
                .and(changes.gt(OPINION_RUN.CHANGES_SEEN.coalesce(0L)))
                .and(OPINION_RUN.COMPUTED_AT.isNull().or(OPINION_RUN.COMPUTED_AT.le(lastRunBefore)))
                .and(OPINION_RUN.CLAIMED_UNTIL.isNull().or(OPINION_RUN.CLAIMED_UNTIL.lt(now)))
                .orderBy(Tally.lastVoteAt())
                .limit(limit)
                .fetch(DISCUSSION.ID);
    }

    /** Published discussions that closed before {@code now} and have no final report yet. */
    List<Long> closedWithoutFinalReport(Instant now, int limit) {
        return dsl.select(DISCUSSION.ID)
                .from(DISCUSSION)
                .where(DISCUSSION.STATE.eq(DiscussionState.PUBLISHED))
                .and(DISCUSSION.CLOSES_AT.le(now))
                .and(DISCUSSION.FINAL_REPORT_AT.isNull())
                .orderBy(DISCUSSION.CLOSES_AT)
                .limit(limit)
                .fetch(DISCUSSION.ID);
    }

    /**
     * Claims the discussion for one run until {@code until}, unless a live claim holds it: a conditional update,
     * so of two instances asking at once exactly one gets it. Each statement commits on its own.
     */
    boolean claim(long discussionId, String claimant, Instant now, Instant until) {
        dsl.insertInto(OPINION_RUN, OPINION_RUN.DISCUSSION_ID)
                .values(discussionId)
                .onDuplicateKeyIgnore()
                .execute();
        return dsl.update(OPINION_RUN)
                        .set(OPINION_RUN.CLAIMED_BY, claimant)
                        .set(OPINION_RUN.CLAIMED_UNTIL, until)
                        .where(OPINION_RUN.DISCUSSION_ID.eq(discussionId))
                        .and(OPINION_RUN.CLAIMED_UNTIL.isNull().or(OPINION_RUN.CLAIMED_UNTIL.lt(now)))
                        .execute()
                == 1;
    }

    void release(long discussionId, String claimant) {
        dsl.update(OPINION_RUN)
                .setNull(OPINION_RUN.CLAIMED_BY)
                .setNull(OPINION_RUN.CLAIMED_UNTIL)
                .where(OPINION_RUN.DISCUSSION_ID.eq(discussionId))
                .and(OPINION_RUN.CLAIMED_BY.eq(claimant))
                .execute();
    }

    /** Call inside a read-only transaction: its consistent snapshot makes the votes match the count of changes. */
    Snapshot snapshot(long discussionId) {
        long changes = dsl.select(Tally.changes())
                .from(DISCUSSION)
                .where(DISCUSSION.ID.eq(discussionId))
                .fetchOptional(Record1::value1)
                .orElse(0L);
        List<ParticipantVote> votes = new ArrayList<>();
        try (var cursor = dsl.select(STATEMENT_VOTE.PARTICIPANT_ID, STATEMENT_VOTE.STATEMENT_ID, STATEMENT_VOTE.STANCE)
                .from(STATEMENT_VOTE)
                .where(STATEMENT_VOTE.DISCUSSION_ID.eq(discussionId))
                .fetchSize(10_000)
                .fetchLazy()) {
            for (var r : cursor) {
                votes.add(new ParticipantVote(r.value1(), r.value2(), r.value3()));
            }
        }
        Set<Long> excluded = new HashSet<>(dsl.select(STATEMENT.ID)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussionId))
                .and(STATEMENT.STATE.ne(StatementState.PUBLISHED))
                .fetch(STATEMENT.ID));
        String previous = dsl.select(OPINION_RUN.MODEL)
                .from(OPINION_RUN)
                .where(OPINION_RUN.DISCUSSION_ID.eq(discussionId))
                .fetchOptional(OPINION_RUN.MODEL)
                .orElse(null);
        return new Snapshot(changes, votes, excluded, previous);
    }

    /**
     * Writes how far out on the map each statement lies: projected as a participant who answered only that statement
     * would be, with Pol.is' scaling of sparse participants (the square root of the number of statements), that is
     * the length of its two loadings times that root.
     */
    void storeExtremities(List<OpinionModel.Component> components) {
        double scale = Math.sqrt(components.size());
        dsl.transaction(t -> t.dsl()
                .batch(components.stream()
                        .map(c -> t.dsl()
                                .update(STATEMENT)
                                .set(STATEMENT.EXTREMITY, Math.hypot(c.pc1(), c.pc2()) * scale)
                                .where(STATEMENT.ID.eq(c.statement())))
                        .toList())
                .execute());
    }

    /** Stores a run's model and gives the claim back, if this claimant still holds it. */
    boolean store(long discussionId, String claimant, String model, long changesSeen, Instant now) {
        return dsl.update(OPINION_RUN)
                        .set(OPINION_RUN.MODEL, model)
                        .set(OPINION_RUN.COMPUTED_AT, now)
                        .set(OPINION_RUN.CHANGES_SEEN, changesSeen)
                        .set(OPINION_RUN.RUN_COUNT, OPINION_RUN.RUN_COUNT.plus(1))
                        .setNull(OPINION_RUN.CLAIMED_BY)
                        .setNull(OPINION_RUN.CLAIMED_UNTIL)
                        .where(OPINION_RUN.DISCUSSION_ID.eq(discussionId))
                        .and(OPINION_RUN.CLAIMED_BY.eq(claimant))
                        .execute()
                == 1;
    }

    /** Marks the discussion's final report as published; false when it was already (so it happens once). */
    boolean markFinal(long discussionId, Instant now) {
        return dsl.update(DISCUSSION)
                        .set(DISCUSSION.FINAL_REPORT_AT, now)
                        .where(DISCUSSION.ID.eq(discussionId))
                        .and(DISCUSSION.FINAL_REPORT_AT.isNull())
                        .execute()
                == 1;
    }

    void storeFinal(long discussionId, String model, Instant now) {
        dsl.update(OPINION_RUN)
                .set(OPINION_RUN.FINAL_MODEL, model)
                .set(OPINION_RUN.FINAL_COMPUTED_AT, now)
                .where(OPINION_RUN.DISCUSSION_ID.eq(discussionId))
                .execute();
    }

    StoredModel stored(long discussionId) {
        return dsl.select(
                        OPINION_RUN.COMPUTED_AT,
                        OPINION_RUN.MODEL,
                        OPINION_RUN.FINAL_COMPUTED_AT,
                        OPINION_RUN.FINAL_MODEL)
                .from(OPINION_RUN)
                .where(OPINION_RUN.DISCUSSION_ID.eq(discussionId))
                .fetchOptional(r -> new StoredModel(r.value1(), r.value2(), r.value3(), r.value4()))
                .orElse(new StoredModel(null, null, null, null));
    }

    /** Accounts told about a final report: every councillor and every account that took part. */
    List<Long> closingRecipients(long discussionId) {
        var participants = DSL.select(DISCUSSION_PARTICIPANT.ACCOUNT_ID)
                .from(DISCUSSION_PARTICIPANT)
                .where(DISCUSSION_PARTICIPANT.DISCUSSION_ID.eq(discussionId))
                .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.isNotNull());
        // A conversation imported from Pol.is was held, and closed, elsewhere: councillors are not told of it as if
        // it had just closed here (the griffier who imported it is shown its report).
        var councillors = DSL.select(ACCOUNT_ROLE.ACCOUNT_ID)
                .from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ROLE.eq(Role.COUNCILLOR))
                .andNotExists(DSL.selectOne()
                        .from(DISCUSSION)
                        .where(DISCUSSION.ID.eq(discussionId))
                        .and(DISCUSSION.IMPORTED.isTrue()));
        return dsl.selectDistinct(DSL.field("a", Long.class))
                .from(participants.union(councillors).asTable("r", "a"))
                .fetch(r -> r.value1());
    }
}
