package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.AGENDA_THEME;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.DISCUSSION_THEME;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT_VOTE;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.raadsplein.deliberation.opinion.PolisExport;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Writes an imported conversation in multi-row inserts, in the caller's transaction. */
@Repository
class PolisImportRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    PolisImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Set<String> knownThemes(Collection<String> codes) {
        return Set.copyOf(dsl.select(AGENDA_THEME.CODE)
                .from(AGENDA_THEME)
                .where(AGENDA_THEME.CODE.in(codes))
                .fetch(AGENDA_THEME.CODE));
    }

    Optional<Long> imported(String question) {
        return dsl.select(DISCUSSION.ID)
                .from(DISCUSSION)
                .where(DISCUSSION.IMPORTED.isTrue())
                .and(DISCUSSION.QUESTION.eq(question))
                .orderBy(DISCUSSION.ID)
                .limit(1)
                .fetchOptional(DISCUSSION.ID);
    }

    long discussion(PolisImport command, long griffierId, Instant now) {
        long id = dsl.insertInto(DISCUSSION)
                .set(DISCUSSION.QUESTION, command.question().strip())
                .set(DISCUSSION.CONTEXT, "")
                .set(DISCUSSION.AUTHOR_ID, griffierId)
                .set(DISCUSSION.STATE, DiscussionState.PUBLISHED)
                .set(DISCUSSION.OPENS_AT, command.opensAt())
                .set(DISCUSSION.CLOSES_AT, command.closesAt())
                .set(DISCUSSION.RESIDENTS_MAY_ADD, false)
                .set(DISCUSSION.PREMODERATION, false)
                .set(DISCUSSION.ELIGIBILITY, Eligibility.LOGGED_IN)
                .set(DISCUSSION.IMPORTED, true)
                .set(DISCUSSION.DECIDED_BY, griffierId)
                .set(DISCUSSION.DECIDED_AT, now)
                .set(DISCUSSION.CREATED_AT, now)
                .set(DISCUSSION.UPDATED_AT, now)
                .returning(DISCUSSION.ID)
                .fetchSingle(DISCUSSION.ID);
        var themes = dsl.insertInto(DISCUSSION_THEME, DISCUSSION_THEME.DISCUSSION_ID, DISCUSSION_THEME.THEME_CODE);
        for (String theme : Set.copyOf(command.themes())) {
            themes = themes.values(id, theme);
        }
        themes.execute();
        return id;
    }

    /** Inserts the participants; their ids by Pol.is' participant id. */
    Map<String, Long> participants(long discussionId, List<PolisExport.Participant> participants, Instant now) {
        for (int from = 0; from < participants.size(); from += CHUNK) {
            var insert = dsl.insertInto(
                    DISCUSSION_PARTICIPANT,
                    DISCUSSION_PARTICIPANT.DISCUSSION_ID,
                    DISCUSSION_PARTICIPANT.IMPORTED_REF,
                    DISCUSSION_PARTICIPANT.JOINED_AT);
            for (PolisExport.Participant p : participants.subList(from, Math.min(participants.size(), from + CHUNK))) {
                insert = insert.values(discussionId, p.id(), now);
            }
            insert.execute();
        }
        Map<String, Long> ids = new HashMap<>();
        dsl.select(DISCUSSION_PARTICIPANT.IMPORTED_REF, DISCUSSION_PARTICIPANT.ID)
                .from(DISCUSSION_PARTICIPANT)
                .where(DISCUSSION_PARTICIPANT.DISCUSSION_ID.eq(discussionId))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    /** A statement with its vote counts. */
    record NewStatement(PolisExport.Statement statement, int agree, int disagree, int pass) {}

    /** Inserts the statements; their ids by Pol.is' comment id. */
    Map<Long, Long> statements(
            long discussionId, List<NewStatement> statements, Map<String, Long> participants, Instant now) {
        for (int from = 0; from < statements.size(); from += CHUNK) {
            var insert = dsl.insertInto(
                    STATEMENT,
                    STATEMENT.DISCUSSION_ID,
                    STATEMENT.TEXT,
                    STATEMENT.SEED,
                    STATEMENT.PARTICIPANT_ID,
                    STATEMENT.STATE,
                    STATEMENT.HIDDEN_FROM_STATE,
                    STATEMENT.IMPORTED_REF,
                    STATEMENT.AGREE_COUNT,
                    STATEMENT.DISAGREE_COUNT,
                    STATEMENT.PASS_COUNT,
                    STATEMENT.CREATED_AT);
            for (NewStatement n : statements.subList(from, Math.min(statements.size(), from + CHUNK))) {
                PolisExport.Statement s = n.statement();
                boolean out = s.moderatedOut();
                insert = insert.values(
                        discussionId,
                        s.text(),
                        false,
                        s.author() == null ? null : participants.get(s.author()),
                        out ? StatementState.HIDDEN : StatementState.PUBLISHED,
                        out ? StatementState.PUBLISHED : null,
                        Math.toIntExact(s.commentId()),
                        n.agree(),
                        n.disagree(),
                        n.pass(),
                        s.created() == null ? now : s.created());
            }
            insert.execute();
        }
        Map<Long, Long> ids = new HashMap<>();
        dsl.select(STATEMENT.IMPORTED_REF, STATEMENT.ID)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussionId))
                .forEach(r -> ids.put(r.value1().longValue(), r.value2()));
        return ids;
    }

    void votes(
            long discussionId,
            List<PolisExport.Vote> votes,
            Map<String, Long> participants,
            Map<Long, Long> statements,
            Instant now) {
        for (int from = 0; from < votes.size(); from += CHUNK) {
            var insert = dsl.insertInto(
                    STATEMENT_VOTE,
                    STATEMENT_VOTE.STATEMENT_ID,
                    STATEMENT_VOTE.PARTICIPANT_ID,
                    STATEMENT_VOTE.DISCUSSION_ID,
                    STATEMENT_VOTE.STANCE,
                    STATEMENT_VOTE.VOTED_AT);
            for (PolisExport.Vote v : votes.subList(from, Math.min(votes.size(), from + CHUNK))) {
                insert = insert.values(
                        statements.get(v.commentId()),
                        participants.get(v.participant()),
                        discussionId,
                        v.stance(),
                        v.at() == null ? now : v.at());
            }
            insert.execute();
        }
    }

    void counters(long discussionId, int statements, int participants, int votes, Instant now) {
        dsl.update(DISCUSSION)
                .set(DISCUSSION.STATEMENT_COUNT, statements)
                .where(DISCUSSION.ID.eq(discussionId))
                .execute();
        Tally.add(dsl, discussionId, 0, participants, votes, votes, now);
    }
}
