package nl.raadsplein.deliberation.opinion;

import java.util.Arrays;
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
        LongIndex left = new LongIndex();
        excluded.forEach(left::add);
        LongIndex zeroed = new LongIndex();
        int[] perPerson = new int[16];
        // Each vote's person and statement as first numbered (-1: excluded), so the second pass needs no lookups.
        int[] personOf = new int[votes.size()];
        int[] topicOf = new int[votes.size()];
        for (int v = 0; v < votes.size(); v++) {
            ParticipantVote vote = votes.get(v);
            if (left.size() > 0 && left.indexOf(vote.statement()) >= 0) {
                zeroed.add(vote.statement());
                personOf[v] = -1;
                continue;
            }
            topicOf[v] = topics.add(vote.statement());
            int person = people.add(vote.participant());
            personOf[v] = person;
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
        // Two stable counting sorts, by column and then by row, put each row's votes in column order with a changed
        // vote after the one it replaces; no comparison sort, so ten million votes take two linear passes.
        int columnCount = statements.length;
        int[] columnStart = new int[columnCount + 1];
        for (int v = 0; v < votes.size(); v++) {
            if (personOf[v] >= 0) {
                columnStart[columnOf[topicOf[v]] + 1]++;
            }
        }
        for (int column = 0; column < columnCount; column++) {
            columnStart[column + 1] += columnStart[column];
        }
        int[] rowByColumn = new int[start[rows]];
        byte[] valueByColumn = new byte[start[rows]];
        int[] nextInColumn = Arrays.copyOf(columnStart, columnCount);
        for (int v = 0; v < votes.size(); v++) {
            if (personOf[v] >= 0) {
                int at = nextInColumn[columnOf[topicOf[v]]]++;
                rowByColumn[at] = rowOf[personOf[v]];
                valueByColumn[at] = value(votes.get(v).stance());
            }
        }
        int[] columns = new int[start[rows]];
        byte[] values = new byte[start[rows]];
        int[] next = Arrays.copyOf(start, rows);
        for (int column = 0; column < columnCount; column++) {
            for (int from = columnStart[column]; from < columnStart[column + 1]; from++) {
                int at = next[rowByColumn[from]]++;
                columns[at] = column;
                values[at] = valueByColumn[from];
            }
        }
        int[] rowStart = new int[rows + 1];
        int kept = 0;
        for (int row = 0; row < rows; row++) {
            rowStart[row] = kept;
            for (int at = start[row]; at < start[row + 1]; at++) {
                boolean replaced = at + 1 < start[row + 1] && columns[at + 1] == columns[at];
                if (!replaced) {
                    columns[kept] = columns[at];
                    values[kept] = values[at];
                    kept++;
                }
            }
        }
        rowStart[rows] = kept;
        if (kept < columns.length) {
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
