package nl.raadsplein.deliberation.opinion;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.raadsplein.deliberation.Stance;

/**
 * The votes as a sparse participant x statement matrix (agree 1, disagree -1, pass 0, not seen: absent), rows and
 * columns ordered by id so that the order of the input does not matter. At a million votes a dense matrix would be
 * ten times larger than the votes.
 */
final class VoteMatrix {

    /** Participant id per row, ascending. */
    final long[] participants;

    /** Statement id per column, ascending. */
    final long[] statements;

    /** Row i's entries are rowStart[i] .. rowStart[i + 1] - 1, columns ascending. */
    final int[] rowStart;

    final int[] columns;
    final byte[] values;

    /** Moderated-out statements that have votes: Pol.is keeps them as columns of zeros. */
    final int zeroed;

    private VoteMatrix(
            long[] participants, long[] statements, int[] rowStart, int[] columns, byte[] values, int zeroed) {
        this.zeroed = zeroed;
        this.participants = participants;
        this.statements = statements;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    int rows() {
        return participants.length;
    }

    int columnCount() {
        return statements.length;
    }

    int entries() {
        return columns.length;
    }

    int votesOf(int row) {
        return rowStart[row + 1] - rowStart[row];
    }

    static byte value(Stance stance) {
        return switch (stance) {
            case AGREE -> 1;
            case DISAGREE -> -1;
            case PASS -> 0;
        };
    }

    static VoteMatrix of(List<ParticipantVote> votes, Set<Long> excluded) {
        LongIndex people = new LongIndex();
        LongIndex topics = new LongIndex();
        int[] perPerson = new int[16];
        Set<Long> zeroed = new HashSet<>();
        for (ParticipantVote vote : votes) {
            if (excluded.contains(vote.statement())) {
                zeroed.add(vote.statement());
                continue;
            }
            topics.add(vote.statement());
            int person = people.add(vote.participant());
            if (person == perPerson.length) {
                perPerson = Arrays.copyOf(perPerson, person * 2);
            }
            perPerson[person]++;
        }
        long[] participants = people.keys();
        int[] rowOf = rankOf(participants);
        long[] statements = topics.keys();
        int[] columnOf = rankOf(statements);
        Arrays.sort(participants);
        Arrays.sort(statements);

        int rows = participants.length;
        int[] start = new int[rows + 1];
        for (int person = 0; person < rows; person++) {
            start[rowOf[person] + 1] = perPerson[person];
        }
        for (int row = 0; row < rows; row++) {
            start[row + 1] += start[row];
        }
        // Column in the high half, position in the input in the low: sorting a row keeps a changed vote after the
        // one it replaces.
        long[] keys = new long[start[rows]];
        byte[] raw = new byte[start[rows]];
        int[] next = Arrays.copyOf(start, rows);
        for (ParticipantVote vote : votes) {
            if (excluded.contains(vote.statement())) {
                continue;
            }
            int row = rowOf[people.indexOf(vote.participant())];
            int at = next[row]++;
            keys[at] = ((long) columnOf[topics.indexOf(vote.statement())] << 32) | (at - start[row]);
            raw[at] = value(vote.stance());
        }
        int[] rowStart = new int[rows + 1];
        int[] columns = new int[keys.length];
        byte[] values = new byte[keys.length];
        int kept = 0;
        for (int row = 0; row < rows; row++) {
            Arrays.sort(keys, start[row], start[row + 1]);
            rowStart[row] = kept;
            for (int at = start[row]; at < start[row + 1]; at++) {
                boolean replaced = at + 1 < start[row + 1] && (keys[at + 1] >>> 32) == (keys[at] >>> 32);
                if (!replaced) {
                    columns[kept] = (int) (keys[at] >>> 32);
                    values[kept] = raw[start[row] + (int) (keys[at] & 0xFFFFFFFFL)];
                    kept++;
                }
            }
        }
        rowStart[rows] = kept;
        if (kept < keys.length) {
            columns = Arrays.copyOf(columns, kept);
            values = Arrays.copyOf(values, kept);
        }
        return new VoteMatrix(participants, statements, rowStart, columns, values, zeroed.size());
    }

    /** For ids in first-seen order: each one's position once sorted. */
    private static int[] rankOf(long[] ids) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        int[] rank = new int[ids.length];
        for (int r = 0; r < ids.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
