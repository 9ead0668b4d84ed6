package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.DISCUSSION_THEME;
import static nl.raadsplein.jooq.Tables.DISCUSSION_VALUE;
import static nl.raadsplein.jooq.Tables.OPINION_RUN;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT_VOTE;
import static nl.raadsplein.jooq.Tables.VALUE_WEIGHT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Discussions, participants, statements and votes written as rows, as the deliberation services write them
 * (the counters and the discussion's tally in the vote's transaction), so that the report's tests do not depend on them.
 */
@Component
public class DiscussionFixtures {

    static final List<String> VALUES = List.of("privacy", "autonomy", "transparency");

    private final DSLContext dsl;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final OpinionRecomputation recomputation;

    DiscussionFixtures(
            DSLContext dsl, Clock clock, PlatformTransactionManager transactions, OpinionRecomputation recomputation) {
        this.dsl = dsl;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.recomputation = recomputation;
    }

    /** Computes the discussion's opinion groups now, as the background sweep would. */
    public void compute(long discussionId) {
        recomputation.recompute(discussionId);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** A published discussion open from yesterday until {@code closesIn} from now, with three values. */
    public long discussion(long authorId, String question, Duration closesIn) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            long id = dsl.insertInto(DISCUSSION)
                    .set(DISCUSSION.QUESTION, question)
                    .set(DISCUSSION.CONTEXT, "Context.")
                    .set(DISCUSSION.AUTHOR_ID, authorId)
                    .set(DISCUSSION.STATE, DiscussionState.PUBLISHED)
                    .set(DISCUSSION.OPENS_AT, now.minus(Duration.ofDays(1)))
                    .set(DISCUSSION.CLOSES_AT, now.plus(closesIn))
                    .set(DISCUSSION.RESIDENTS_MAY_ADD, true)
                    .set(DISCUSSION.PREMODERATION, false)
                    .set(DISCUSSION.ELIGIBILITY, Eligibility.LOGGED_IN)
                    .set(DISCUSSION.CREATED_AT, now)
                    .set(DISCUSSION.UPDATED_AT, now)
                    .returning(DISCUSSION.ID)
                    .fetchSingle(DISCUSSION.ID);
            dsl.insertInto(DISCUSSION_THEME, DISCUSSION_THEME.DISCUSSION_ID, DISCUSSION_THEME.THEME_CODE)
                    .values(id, "3A.1")
                    .execute();
            for (int i = 0; i < VALUES.size(); i++) {
                dsl.insertInto(
                                DISCUSSION_VALUE,
                                DISCUSSION_VALUE.DISCUSSION_ID,
                                DISCUSSION_VALUE.VALUE_CODE,
                                DISCUSSION_VALUE.POSITION)
                        .values(id, VALUES.get(i), i)
                        .execute();
            }
            return id;
        });
    }

    public void setState(long discussionId, DiscussionState state) {
        dsl.update(DISCUSSION)
                .set(DISCUSSION.STATE, state)
                .where(DISCUSSION.ID.eq(discussionId))
                .execute();
    }

    /** A participant for the account, or an anonymous one when the account is null. */
    public long participant(long discussionId, @Nullable Long accountId) {
        long id = dsl.insertInto(DISCUSSION_PARTICIPANT)
                .set(DISCUSSION_PARTICIPANT.DISCUSSION_ID, discussionId)
                .set(DISCUSSION_PARTICIPANT.ACCOUNT_ID, accountId)
                .set(
                        DISCUSSION_PARTICIPANT.IMPORTED_REF,
                        accountId == null ? UUID.randomUUID().toString() : null)
                .set(DISCUSSION_PARTICIPANT.JOINED_AT, clock.instant())
                .returning(DISCUSSION_PARTICIPANT.ID)
                .fetchSingle(DISCUSSION_PARTICIPANT.ID);
        Tally.add(dsl, discussionId, id, 1, 0, 0, clock.instant());
        return id;
    }

    public List<Long> participants(long discussionId, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(participant(discussionId, null));
        }
        return ids;
    }

    public long statement(long discussionId, String text) {
        long id = dsl.insertInto(STATEMENT)
                .set(STATEMENT.DISCUSSION_ID, discussionId)
                .set(STATEMENT.TEXT, text)
                .set(STATEMENT.SEED, true)
                .set(STATEMENT.STATE, StatementState.PUBLISHED)
                .set(STATEMENT.CREATED_AT, clock.instant())
                .returning(STATEMENT.ID)
                .fetchSingle(STATEMENT.ID);
        dsl.update(DISCUSSION)
                .set(DISCUSSION.STATEMENT_COUNT, DISCUSSION.STATEMENT_COUNT.plus(1))
                .where(DISCUSSION.ID.eq(discussionId))
                .execute();
        return id;
    }

    public List<Long> statements(long discussionId, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(statement(discussionId, "Stelling " + (i + 1)));
        }
        return ids;
    }

    public void hide(long statementId) {
        dsl.update(STATEMENT)
                .set(STATEMENT.STATE, StatementState.HIDDEN)
                .set(STATEMENT.HIDDEN_FROM_STATE, StatementState.PUBLISHED)
                .where(STATEMENT.ID.eq(statementId))
                .execute();
    }

    /** A vote as the voting service casts it: the vote, the counters and the tally in one transaction. */
    public void vote(long discussionId, long participantId, long statementId, Stance stance) {
        transaction.executeWithoutResult(
                status -> vote(dsl, clock.instant(), discussionId, participantId, statementId, stance));
    }

    /** The statements of one vote, in the caller's transaction. */
    static void vote(
            DSLContext dsl, Instant now, long discussionId, long participantId, long statementId, Stance stance) {
        int inserted = dsl.insertInto(STATEMENT_VOTE)
                .set(STATEMENT_VOTE.STATEMENT_ID, statementId)
                .set(STATEMENT_VOTE.PARTICIPANT_ID, participantId)
                .set(STATEMENT_VOTE.DISCUSSION_ID, discussionId)
                .set(STATEMENT_VOTE.STANCE, stance)
                .set(STATEMENT_VOTE.VOTED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        if (inserted == 0) {
            dsl.update(STATEMENT_VOTE)
                    .set(STATEMENT_VOTE.STANCE, stance)
                    .set(STATEMENT_VOTE.VOTED_AT, now)
                    .where(STATEMENT_VOTE.STATEMENT_ID.eq(statementId))
                    .and(STATEMENT_VOTE.PARTICIPANT_ID.eq(participantId))
                    .execute();
        } else {
            dsl.update(STATEMENT)
                    .set(counter(stance), counter(stance).plus(1))
                    .where(STATEMENT.ID.eq(statementId))
                    .execute();
        }
        Tally.add(dsl, discussionId, participantId, 0, inserted, 1, now);
    }

    private static org.jooq.TableField<?, Integer> counter(Stance stance) {
        return switch (stance) {
            case AGREE -> STATEMENT.AGREE_COUNT;
            case DISAGREE -> STATEMENT.DISAGREE_COUNT;
            case PASS -> STATEMENT.PASS_COUNT;
        };
    }

    /**
     * Two camps: the first half agrees with the first half of the statements and disagrees with the rest, the
     * second half the other way round; everyone agrees with the last statement (a consensus).
     */
    public void twoCamps(long discussionId, List<Long> participants, List<Long> statements) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            for (int p = 0; p < participants.size(); p++) {
                boolean first = p < participants.size() / 2;
                for (int s = 0; s < statements.size(); s++) {
                    Stance stance = s == statements.size() - 1
                            ? Stance.AGREE
                            : (s < statements.size() / 2) == first ? Stance.AGREE : Stance.DISAGREE;
                    vote(dsl, now, discussionId, participants.get(p), statements.get(s), stance);
                }
            }
        });
    }

    public void weigh(long participantId, int privacy, int autonomy, int transparency) {
        dsl.insertInto(VALUE_WEIGHT, VALUE_WEIGHT.PARTICIPANT_ID, VALUE_WEIGHT.VALUE_CODE, VALUE_WEIGHT.POINTS)
                .values(participantId, "privacy", privacy)
                .values(participantId, "autonomy", autonomy)
                .values(participantId, "transparency", transparency)
                .execute();
    }

    public int runCount(long discussionId) {
        return dsl.select(OPINION_RUN.RUN_COUNT)
                .from(OPINION_RUN)
                .where(OPINION_RUN.DISCUSSION_ID.eq(discussionId))
                .fetchOptional(OPINION_RUN.RUN_COUNT)
                .orElse(0);
    }

    public @Nullable Instant finalReportAt(long discussionId) {
        return dsl.select(DISCUSSION.FINAL_REPORT_AT)
                .from(DISCUSSION)
                .where(DISCUSSION.ID.eq(discussionId))
                .fetchSingle(DISCUSSION.FINAL_REPORT_AT);
    }

    /** Another instance's live claim on the discussion. */
    public void claimElsewhere(long discussionId, Duration lease) {
        dsl.insertInto(OPINION_RUN, OPINION_RUN.DISCUSSION_ID, OPINION_RUN.CLAIMED_BY, OPINION_RUN.CLAIMED_UNTIL)
                .values(discussionId, "elsewhere", clock.instant().plus(lease))
                .onDuplicateKeyUpdate()
                .set(OPINION_RUN.CLAIMED_BY, "elsewhere")
                .set(OPINION_RUN.CLAIMED_UNTIL, clock.instant().plus(lease))
                .execute();
    }
}
