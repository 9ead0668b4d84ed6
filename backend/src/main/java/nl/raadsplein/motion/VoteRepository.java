package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.MOTION_VOTE;
import static nl.raadsplein.jooq.Tables.MOTION_VOTE_LINE;
import static nl.raadsplein.jooq.Tables.PARTY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.jooq.tables.Account;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Recorded votes and their lines; rows are only ever added. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class VoteRepository {

    private final DSLContext dsl;

    VoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(
            long motionId,
            long meetingId,
            VoteCount count,
            @Nullable Long corrects,
            @Nullable String reason,
            long by,
            Instant now) {
        long id = dsl.insertInto(MOTION_VOTE)
                .set(MOTION_VOTE.MOTION_ID, motionId)
                .set(MOTION_VOTE.MEETING_ID, meetingId)
                .set(MOTION_VOTE.METHOD, count.method())
                .set(MOTION_VOTE.VOTES_FOR, count.votesFor())
                .set(MOTION_VOTE.VOTES_AGAINST, count.votesAgainst())
                .set(MOTION_VOTE.RESULT, count.result())
                .set(MOTION_VOTE.CORRECTS_ID, corrects)
                .set(MOTION_VOTE.REASON, reason)
                .set(MOTION_VOTE.RECORDED_BY, by)
                .set(MOTION_VOTE.RECORDED_AT, now)
                .returningResult(MOTION_VOTE.ID)
                .fetchSingle(Record1::value1);
        var insert = dsl.insertInto(
                MOTION_VOTE_LINE,
                MOTION_VOTE_LINE.VOTE_ID,
                MOTION_VOTE_LINE.PARTY_ID,
                MOTION_VOTE_LINE.ACCOUNT_ID,
                MOTION_VOTE_LINE.POSITION,
                MOTION_VOTE_LINE.SEATS,
                MOTION_VOTE_LINE.CHOICE);
        List<VoteCount.Line> lines = count.lines();
        for (int i = 0; i < lines.size(); i++) {
            VoteCount.Line line = lines.get(i);
            insert = insert.values(id, line.partyId(), line.accountId(), i + 1, line.seats(), line.choice());
        }
        if (!lines.isEmpty()) {
            insert.execute();
        }
        return id;
    }

    Optional<Long> latest(long motionId) {
        return dsl.select(MOTION_VOTE.ID)
                .from(MOTION_VOTE)
                .where(MOTION_VOTE.MOTION_ID.eq(motionId))
                .orderBy(MOTION_VOTE.ID.desc())
                .limit(1)
                .fetchOptional(Record1::value1);
    }

    Optional<Long> meetingOfLatest(long motionId) {
        return dsl.select(MOTION_VOTE.MEETING_ID)
                .from(MOTION_VOTE)
                .where(MOTION_VOTE.MOTION_ID.eq(motionId))
                .orderBy(MOTION_VOTE.ID.desc())
                .limit(1)
                .fetchOptional(Record1::value1);
    }

    /** Every vote on the motion, oldest first, so that corrections read after what they correct. */
    List<Vote> votes(long motionId) {
        Account member = ACCOUNT.as("member");
        Account recorder = ACCOUNT.as("recorder");
        var lines = multiset(
                        select(PARTY.ABBREVIATION, member.DISPLAY_NAME, MOTION_VOTE_LINE.SEATS, MOTION_VOTE_LINE.CHOICE)
                                .from(MOTION_VOTE_LINE)
                                .join(PARTY)
                                .on(PARTY.ID.eq(MOTION_VOTE_LINE.PARTY_ID))
                                .leftJoin(member)
                                .on(member.ID.eq(MOTION_VOTE_LINE.ACCOUNT_ID))
                                .where(MOTION_VOTE_LINE.VOTE_ID.eq(MOTION_VOTE.ID))
                                .orderBy(MOTION_VOTE_LINE.POSITION))
                .convertFrom(r -> r.map(mapping(Vote.Line::new)));
        return dsl.select(
                        MOTION_VOTE.ID,
                        MOTION_VOTE.MEETING_ID,
                        MOTION_VOTE.METHOD,
                        MOTION_VOTE.VOTES_FOR,
                        MOTION_VOTE.VOTES_AGAINST,
                        MOTION_VOTE.RESULT,
                        MOTION_VOTE.CORRECTS_ID,
                        MOTION_VOTE.REASON,
                        recorder.DISPLAY_NAME,
                        MOTION_VOTE.RECORDED_AT,
                        lines)
                .from(MOTION_VOTE)
                .join(recorder)
                .on(recorder.ID.eq(MOTION_VOTE.RECORDED_BY))
                .where(MOTION_VOTE.MOTION_ID.eq(motionId))
                .orderBy(MOTION_VOTE.ID)
                .fetch(mapping(Vote::new));
    }

    /** The parties of these accounts; an account with no party is missing from the map. */
    Map<Long, Long> partiesOf(java.util.Collection<Long> accountIds) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.PARTY_ID)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.in(accountIds).and(ACCOUNT.PARTY_ID.isNotNull()))
                .fetchMap(ACCOUNT.ID, ACCOUNT.PARTY_ID);
    }
}
