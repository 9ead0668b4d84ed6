package nl.raadsplein.opendata;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COUNCIL_MEETING;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_TALLY;
import static nl.raadsplein.jooq.Tables.DISCUSSION_THEME;
import static nl.raadsplein.jooq.Tables.DISCUSSION_VALUE;
import static nl.raadsplein.jooq.Tables.MEETING_ITEM;
import static nl.raadsplein.jooq.Tables.MEETING_ITEM_THEME;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.MOTION_CITATION;
import static nl.raadsplein.jooq.Tables.MOTION_CLAUSE;
import static nl.raadsplein.jooq.Tables.MOTION_SUBMITTER;
import static nl.raadsplein.jooq.Tables.MOTION_THEME;
import static nl.raadsplein.jooq.Tables.MOTION_VERSION;
import static nl.raadsplein.jooq.Tables.MOTION_VOTE;
import static nl.raadsplein.jooq.Tables.MOTION_VOTE_LINE;
import static nl.raadsplein.jooq.Tables.PARTY;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.opendata.ParticipationReads.codes;
import static nl.raadsplein.opendata.ParticipationReads.publicName;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.util.List;
import java.util.Optional;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.deliberation.StatementState;
import nl.raadsplein.jooq.tables.Account;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.SubmitterStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's side as the open-data API reads it: published value discussions with their aggregate results,
 * motions once submitted (never a draft), and meetings with their agenda. Lists go by id, as in
 * {@link ParticipationReads}.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class CouncilReads {

    private static final Condition PUBLIC_DISCUSSION = DISCUSSION.STATE.eq(DiscussionState.PUBLISHED);
    private static final Condition PUBLIC_MOTION = MOTION.STATE.ne(MotionState.DRAFT);

    private final DSLContext dsl;

    CouncilReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ApiDiscussion> discussions(ApiFilter filter, int offset, int limit) {
        return discussions(discussionsMatching(filter), offset, limit);
    }

    /** A published discussion by id. */
    Optional<ApiDiscussion> discussion(long id) {
        return discussions(PUBLIC_DISCUSSION.and(DISCUSSION.ID.eq(id)), 0, 1).stream()
                .findFirst();
    }

    private List<ApiDiscussion> discussions(Condition condition, int offset, int limit) {
        return dsl.select(
                        DISCUSSION.ID,
                        DISCUSSION.QUESTION,
                        DISCUSSION.CONTEXT,
                        DISCUSSION.CONSULTATION_ID,
                        DISCUSSION.OPENS_AT,
                        DISCUSSION.CLOSES_AT,
                        codes(DISCUSSION_THEME.THEME_CODE, DISCUSSION_THEME.DISCUSSION_ID.eq(DISCUSSION.ID)),
                        multiset(select(DISCUSSION_VALUE.VALUE_CODE)
                                        .from(DISCUSSION_VALUE)
                                        .where(DISCUSSION_VALUE.DISCUSSION_ID.eq(DISCUSSION.ID))
                                        .orderBy(DISCUSSION_VALUE.POSITION))
                                .convertFrom(r -> r.map(v -> v.value1())),
                        tally(DISCUSSION_TALLY.PARTICIPANT_COUNT),
                        tally(DISCUSSION_TALLY.VOTE_COUNT),
                        multiset(select(
                                                STATEMENT.ID,
                                                STATEMENT.TEXT,
                                                STATEMENT.SEED,
                                                STATEMENT.AGREE_COUNT,
                                                STATEMENT.DISAGREE_COUNT,
                                                STATEMENT.PASS_COUNT)
                                        .from(STATEMENT)
                                        .where(STATEMENT
                                                .DISCUSSION_ID
                                                .eq(DISCUSSION.ID)
                                                .and(STATEMENT.STATE.eq(StatementState.PUBLISHED)))
                                        .orderBy(STATEMENT.ID))
                                .convertFrom(r -> r.map(mapping(ApiDiscussion.Statement::new))),
                        DISCUSSION.CREATED_AT,
                        DISCUSSION.UPDATED_AT)
                .from(DISCUSSION)
                .where(condition)
                .orderBy(DISCUSSION.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(ApiDiscussion::new));
    }

    long countDiscussions(ApiFilter filter) {
        return dsl.fetchCount(DISCUSSION, discussionsMatching(filter));
    }

    List<ApiMotion> motions(ApiFilter filter, int offset, int limit) {
        Account councillor = ACCOUNT.as("councillor");
        return dsl.select(
                        MOTION.ID,
                        MOTION.MOTION_TYPE,
                        MOTION.STATE,
                        MOTION_VERSION.TITLE,
                        MOTION.RESULT,
                        MOTION.AMENDS_MOTION_ID,
                        MOTION.AMENDED_PART,
                        MOTION.ITEM_ID,
                        multiset(select(MOTION_CLAUSE.KIND, MOTION_CLAUSE.POSITION, MOTION_CLAUSE.BODY)
                                        .from(MOTION_CLAUSE)
                                        .where(MOTION_CLAUSE
                                                .MOTION_ID
                                                .eq(MOTION.ID)
                                                .and(MOTION_CLAUSE.VERSION_NUMBER.eq(MOTION.CURRENT_VERSION)))
                                        .orderBy(MOTION_CLAUSE.KIND, MOTION_CLAUSE.POSITION))
                                .convertFrom(r -> r.map(mapping(ApiMotion.Clause::new))),
                        multiset(select(publicName(ACCOUNT), PARTY.NAME)
                                        .from(MOTION_SUBMITTER)
                                        .join(ACCOUNT)
                                        .on(ACCOUNT.ID.eq(MOTION_SUBMITTER.ACCOUNT_ID))
                                        .leftJoin(PARTY)
                                        .on(PARTY.ID.eq(MOTION_SUBMITTER.PARTY_ID))
                                        .where(MOTION_SUBMITTER
                                                .MOTION_ID
                                                .eq(MOTION.ID)
                                                .and(MOTION_SUBMITTER.STATUS.eq(SubmitterStatus.ACCEPTED)))
                                        .orderBy(MOTION_SUBMITTER.INVITED_AT))
                                .convertFrom(r -> r.map(mapping(ApiMotion.Submitter::new))),
                        multiset(select(MOTION_CITATION.KIND, MOTION_CITATION.TARGET_ID)
                                        .from(MOTION_CITATION)
                                        .where(MOTION_CITATION.MOTION_ID.eq(MOTION.ID))
                                        .orderBy(MOTION_CITATION.KIND, MOTION_CITATION.TARGET_ID))
                                .convertFrom(r -> r.map(mapping(ApiMotion.Citation::new))),
                        codes(MOTION_THEME.THEME_CODE, MOTION_THEME.MOTION_ID.eq(MOTION.ID)),
                        multiset(select(
                                                MOTION_VOTE.ID,
                                                MOTION_VOTE.MEETING_ID,
                                                MOTION_VOTE.METHOD,
                                                MOTION_VOTE.VOTES_FOR,
                                                MOTION_VOTE.VOTES_AGAINST,
                                                MOTION_VOTE.RESULT,
                                                MOTION_VOTE.CORRECTS_ID,
                                                MOTION_VOTE.REASON,
                                                MOTION_VOTE.RECORDED_AT,
                                                multiset(select(
                                                                        PARTY.NAME,
                                                                        publicName(councillor),
                                                                        MOTION_VOTE_LINE.SEATS,
                                                                        MOTION_VOTE_LINE.CHOICE)
                                                                .from(MOTION_VOTE_LINE)
                                                                .join(PARTY)
                                                                .on(PARTY.ID.eq(MOTION_VOTE_LINE.PARTY_ID))
                                                                .leftJoin(councillor)
                                                                .on(councillor.ID.eq(MOTION_VOTE_LINE.ACCOUNT_ID))
                                                                .where(MOTION_VOTE_LINE.VOTE_ID.eq(MOTION_VOTE.ID))
                                                                .orderBy(MOTION_VOTE_LINE.POSITION))
                                                        .convertFrom(r -> r.map(mapping(ApiMotion.VoteLine::new))))
                                        .from(MOTION_VOTE)
                                        .where(MOTION_VOTE.MOTION_ID.eq(MOTION.ID))
                                        .orderBy(MOTION_VOTE.RECORDED_AT, MOTION_VOTE.ID))
                                .convertFrom(r -> r.map(mapping(ApiMotion.Vote::new))),
                        MOTION.SUBMITTED_AT,
                        MOTION.CREATED_AT,
                        MOTION.UPDATED_AT)
                .from(MOTION)
                .join(MOTION_VERSION)
                .on(MOTION_VERSION.MOTION_ID.eq(MOTION.ID).and(MOTION_VERSION.NUMBER.eq(MOTION.CURRENT_VERSION)))
                .where(motionsMatching(filter))
                .orderBy(MOTION.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(ApiMotion::new));
    }

    long countMotions(ApiFilter filter) {
        return dsl.fetchCount(MOTION, motionsMatching(filter));
    }

    List<ApiMeeting> meetings(ApiFilter filter, int offset, int limit) {
        return dsl.select(
                        COUNCIL_MEETING.ID,
                        COUNCIL_MEETING.KIND,
                        COUNCIL_MEETING.TITLE,
                        COUNCIL_MEETING.STARTS_AT,
                        COUNCIL_MEETING.PLACE,
                        COUNCIL_MEETING.STATUS,
                        multiset(select(
                                                MEETING_ITEM.ID,
                                                MEETING_ITEM.POSITION,
                                                MEETING_ITEM.TITLE,
                                                codes(
                                                        MEETING_ITEM_THEME.THEME_CODE,
                                                        MEETING_ITEM_THEME.ITEM_ID.eq(MEETING_ITEM.ID)))
                                        .from(MEETING_ITEM)
                                        .where(MEETING_ITEM.MEETING_ID.eq(COUNCIL_MEETING.ID))
                                        .orderBy(MEETING_ITEM.POSITION))
                                .convertFrom(r -> r.map(mapping(ApiMeeting.AgendaItem::new))),
                        COUNCIL_MEETING.CREATED_AT,
                        COUNCIL_MEETING.UPDATED_AT)
                .from(COUNCIL_MEETING)
                .where(meetingsMatching(filter))
                .orderBy(COUNCIL_MEETING.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(ApiMeeting::new));
    }

    long countMeetings(ApiFilter filter) {
        return dsl.fetchCount(COUNCIL_MEETING, meetingsMatching(filter));
    }

    private static Field<Integer> tally(Field<Integer> counter) {
        return field(select(coalesce(sum(counter), inline(0)).cast(Integer.class))
                .from(DISCUSSION_TALLY)
                .where(DISCUSSION_TALLY.DISCUSSION_ID.eq(DISCUSSION.ID)));
    }

    private static Condition discussionsMatching(ApiFilter filter) {
        Condition condition = PUBLIC_DISCUSSION;
        if (filter.theme() != null) {
            condition = condition.and(DISCUSSION.ID.in(select(DISCUSSION_THEME.DISCUSSION_ID)
                    .from(DISCUSSION_THEME)
                    .where(DISCUSSION_THEME.THEME_CODE.eq(filter.theme()))));
        }
        return filter.modifiedSince() == null
                ? condition
                : condition.and(DISCUSSION.UPDATED_AT.ge(filter.modifiedSince()));
    }

    private static Condition motionsMatching(ApiFilter filter) {
        Condition condition = PUBLIC_MOTION;
        if (filter.theme() != null) {
            condition = condition.and(MOTION.ID.in(select(MOTION_THEME.MOTION_ID)
                    .from(MOTION_THEME)
                    .where(MOTION_THEME.THEME_CODE.eq(filter.theme()))));
        }
        return filter.modifiedSince() == null ? condition : condition.and(MOTION.UPDATED_AT.ge(filter.modifiedSince()));
    }

    private static Condition meetingsMatching(ApiFilter filter) {
        Condition condition = noCondition();
        if (filter.theme() != null) {
            condition = condition.and(COUNCIL_MEETING.ID.in(select(MEETING_ITEM.MEETING_ID)
                    .from(MEETING_ITEM)
                    .join(MEETING_ITEM_THEME)
                    .on(MEETING_ITEM_THEME.ITEM_ID.eq(MEETING_ITEM.ID))
                    .where(MEETING_ITEM_THEME.THEME_CODE.eq(filter.theme()))));
        }
        return filter.modifiedSince() == null
                ? condition
                : condition.and(COUNCIL_MEETING.UPDATED_AT.ge(filter.modifiedSince()));
    }
}
