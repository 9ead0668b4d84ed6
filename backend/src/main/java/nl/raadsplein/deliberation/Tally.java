package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_TALLY;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * A discussion's vote and participant counters and its count of vote changes, spread over {@link #SLOTS} rows so that
 * votes by different participants do not queue on one row (see V12__discussion_tally.sql). Writers add to their
 * participant's slot in the vote's transaction; readers sum the slots, here as fields for a select from DISCUSSION.
 */
final class Tally {

    static final int SLOTS = 16;

    private Tally() {}

    static Field<Integer> participants() {
        return summed(DISCUSSION_TALLY.PARTICIPANT_COUNT).coerce(Integer.class);
    }

    static Field<Integer> votes() {
        return summed(DISCUSSION_TALLY.VOTE_COUNT).coerce(Integer.class);
    }

    /** Every new or changed vote so far: the background maths recomputes when this grew since its last run. */
    static Field<Long> changes() {
        return summed(DISCUSSION_TALLY.CHANGES).coerce(Long.class);
    }

    /** When the discussion last had a vote, or null: the maths takes the longest-waiting discussion first. */
    static Field<Instant> lastVoteAt() {
        return field(select(DSL.max(DISCUSSION_TALLY.LAST_VOTE_AT))
                .from(DISCUSSION_TALLY)
                .where(DISCUSSION_TALLY.DISCUSSION_ID.eq(DISCUSSION.ID)));
    }

    private static Field<?> summed(TableField<?, ? extends Number> column) {
        return field(select(coalesce(sum(column), inline(0)))
                .from(DISCUSSION_TALLY)
                .where(DISCUSSION_TALLY.DISCUSSION_ID.eq(DISCUSSION.ID)));
    }

    /** Adds to the slot of the participant (or, for an import, slot 0), creating it on its first vote. */
    static void add(
            DSLContext dsl, long discussionId, long slotKey, int participants, int votes, long changes, Instant now) {
        byte slot = (byte) Math.floorMod(slotKey, SLOTS);
        dsl.insertInto(DISCUSSION_TALLY)
                .set(DISCUSSION_TALLY.DISCUSSION_ID, discussionId)
                .set(DISCUSSION_TALLY.SLOT, slot)
                .set(DISCUSSION_TALLY.PARTICIPANT_COUNT, participants)
                .set(DISCUSSION_TALLY.VOTE_COUNT, votes)
                .set(DISCUSSION_TALLY.CHANGES, changes)
                .set(DISCUSSION_TALLY.LAST_VOTE_AT, now)
                .onDuplicateKeyUpdate()
                .set(DISCUSSION_TALLY.PARTICIPANT_COUNT, DISCUSSION_TALLY.PARTICIPANT_COUNT.plus(participants))
                .set(DISCUSSION_TALLY.VOTE_COUNT, DISCUSSION_TALLY.VOTE_COUNT.plus(votes))
                .set(DISCUSSION_TALLY.CHANGES, DISCUSSION_TALLY.CHANGES.plus(changes))
                .set(
                        DISCUSSION_TALLY.LAST_VOTE_AT,
                        DSL.greatest(DISCUSSION_TALLY.LAST_VOTE_AT, DSL.val(now, DISCUSSION_TALLY.LAST_VOTE_AT)))
                .execute();
    }
}
