package nl.raadsplein;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/** What the benchmark harnesses share: checking bulk-loaded id ranges, and summarising timings. */
public final class Benchmarks {

    private Benchmarks() {}

    /**
     * The first id of a bulk-loaded range; {@code sql} selects MIN(id), MAX(id), COUNT(*). Harnesses address rows
     * as first id + offset, which only holds when no other insert interleaved.
     */
    public static long firstOfContiguous(Statement s, String sql, int expected) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            if (r.getLong(2) - r.getLong(1) + 1 != expected || r.getInt(3) != expected) {
                throw new IllegalStateException("ids not contiguous: " + sql);
            }
            return r.getLong(1);
        }
    }

    public static double medianMillis(long[] nanos) {
        return percentileMillis(nanos, 50);
    }

    public static double p95Millis(long[] nanos) {
        return percentileMillis(nanos, 95);
    }

    /** Nearest rank; for the median of an even count the upper middle, as the harnesses always reported. */
    private static double percentileMillis(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = percent == 50 ? sorted.length / 2 : (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }
}
