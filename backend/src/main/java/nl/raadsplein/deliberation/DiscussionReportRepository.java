package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.DISCUSSION_VALUE;
import static nl.raadsplein.jooq.Tables.PUBLIC_VALUE;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT_VOTE;
import static nl.raadsplein.jooq.Tables.VALUE_WEIGHT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.deliberation.DiscussionReport.ValueName;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.NoSuchItemException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** What the report and the exports read about a discussion besides the model. */
@Repository
class DiscussionReportRepository {

    private final DSLContext dsl;

    DiscussionReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The discussion's head as the report needs it. */
    record Head(
            long id,
            String question,
            DiscussionState state,
            long authorId,
            boolean imported,
            Instant opensAt,
            Instant closesAt,
            int participantCount,
            int voteCount,
            int statementCount,
            @Nullable Instant finalReportAt) {}

    /** One statement as the exports write it. */
    record StatementRow(
            long id,
            String text,
            StatementState state,
            @Nullable Long participantId,
            Instant createdAt,
            int agree,
            int disagree,
            int pass) {}

    /** One vote as the exports write it. */
    record VoteRow(long participantId, long statementId, Stance stance, Instant votedAt) {}

    /** One participant's points for one value. */
    record Weight(long participantId, String valueCode, int points) {}

    Optional<Head> head(long discussionId) {
        return dsl.select(
                        DISCUSSION.ID,
                        DISCUSSION.QUESTION,
                        DISCUSSION.STATE,
                        DISCUSSION.AUTHOR_ID,
                        DISCUSSION.IMPORTED,
                        DISCUSSION.OPENS_AT,
                        DISCUSSION.CLOSES_AT,
                        Tally.participants(),
                        Tally.votes(),
                        DISCUSSION.STATEMENT_COUNT,
                        DISCUSSION.FINAL_REPORT_AT)
                .from(DISCUSSION)
                .where(DISCUSSION.ID.eq(discussionId))
                .fetchOptional(r -> new Head(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10(),
                        r.value11()));
    }

    /**
     * The head of a discussion this actor may see a report of: any published one; drafts and the like only for the
     * griffie and the author.
     */
    Head visibleHead(long discussionId, Actor actor) {
        return visible(discussionId, actor).orElseThrow(() -> new NoSuchItemException("discussion " + discussionId));
    }

    Optional<Head> visible(long discussionId, Actor actor) {
        return head(discussionId)
                .filter(h -> h.state() == DiscussionState.PUBLISHED || actor.griffie() || actor.is(h.authorId()));
    }

    /** The texts of the published statements, by id. */
    Map<Long, String> publishedTexts(long discussionId) {
        Map<Long, String> texts = new LinkedHashMap<>();
        dsl.select(STATEMENT.ID, STATEMENT.TEXT)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussionId))
                .and(STATEMENT.STATE.eq(StatementState.PUBLISHED))
                .orderBy(STATEMENT.ID)
                .forEach(r -> texts.put(r.value1(), r.value2()));
        return texts;
    }

    /** Every statement but those waiting for the griffie, oldest first. */
    List<StatementRow> statements(long discussionId) {
        return dsl.select(
                        STATEMENT.ID,
                        STATEMENT.TEXT,
                        STATEMENT.STATE,
                        STATEMENT.PARTICIPANT_ID,
                        STATEMENT.CREATED_AT,
                        STATEMENT.AGREE_COUNT,
                        STATEMENT.DISAGREE_COUNT,
                        STATEMENT.PASS_COUNT)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussionId))
                .and(STATEMENT.STATE.ne(StatementState.PENDING))
                .orderBy(STATEMENT.ID)
                .fetch(r -> new StatementRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8()));
    }

    List<VoteRow> votes(long discussionId) {
        return dsl.select(
                        STATEMENT_VOTE.PARTICIPANT_ID,
                        STATEMENT_VOTE.STATEMENT_ID,
                        STATEMENT_VOTE.STANCE,
                        STATEMENT_VOTE.VOTED_AT)
                .from(STATEMENT_VOTE)
                .where(STATEMENT_VOTE.DISCUSSION_ID.eq(discussionId))
                .orderBy(STATEMENT_VOTE.VOTED_AT, STATEMENT_VOTE.PARTICIPANT_ID, STATEMENT_VOTE.STATEMENT_ID)
                .fetch(r -> new VoteRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The discussion's participants' ids, oldest first (accounts never leave this repository). */
    List<Long> participants(long discussionId) {
        return dsl.select(DISCUSSION_PARTICIPANT.ID)
                .from(DISCUSSION_PARTICIPANT)
                .where(DISCUSSION_PARTICIPANT.DISCUSSION_ID.eq(discussionId))
                .orderBy(DISCUSSION_PARTICIPANT.ID)
                .fetch(DISCUSSION_PARTICIPANT.ID);
    }

    Optional<Long> participantOf(long discussionId, long accountId) {
        return dsl.select(DISCUSSION_PARTICIPANT.ID)
                .from(DISCUSSION_PARTICIPANT)
                .where(DISCUSSION_PARTICIPANT.DISCUSSION_ID.eq(discussionId))
                .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.eq(accountId))
                .fetchOptional(DISCUSSION_PARTICIPANT.ID);
    }

    List<ValueName> values(long discussionId) {
        return dsl.select(PUBLIC_VALUE.CODE, PUBLIC_VALUE.NAME_NL, PUBLIC_VALUE.NAME_EN)
                .from(DISCUSSION_VALUE)
                .join(PUBLIC_VALUE)
                .on(PUBLIC_VALUE.CODE.eq(DISCUSSION_VALUE.VALUE_CODE))
                .where(DISCUSSION_VALUE.DISCUSSION_ID.eq(discussionId))
                .orderBy(DISCUSSION_VALUE.POSITION)
                .fetch(r -> new ValueName(r.value1(), r.value2(), r.value3()));
    }

    List<Weight> weights(long discussionId) {
        return dsl.select(VALUE_WEIGHT.PARTICIPANT_ID, VALUE_WEIGHT.VALUE_CODE, VALUE_WEIGHT.POINTS)
                .from(VALUE_WEIGHT)
                .join(DISCUSSION_PARTICIPANT)
                .on(DISCUSSION_PARTICIPANT.ID.eq(VALUE_WEIGHT.PARTICIPANT_ID))
                .where(DISCUSSION_PARTICIPANT.DISCUSSION_ID.eq(discussionId))
                .fetch(r -> new Weight(r.value1(), r.value2(), r.value3()));
    }
}
