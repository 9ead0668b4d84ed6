package nl.raadsplein.deliberation.opinion;

import java.util.HashMap;
import java.util.Map;

/** Hubert and Arabie's adjusted Rand index: 1 for the same partition, about 0 for chance agreement. */
final class AdjustedRand {

    private AdjustedRand() {}

    static double index(int[] a, int[] b) {
        Map<Long, Integer> both = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> columns = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            both.merge(((long) a[i] << 32) | (b[i] & 0xFFFFFFFFL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            columns.merge(b[i], 1, Integer::sum);
        }
        double index = both.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double rowPairs =
                rows.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double columnPairs =
                columns.values().stream().mapToDouble(AdjustedRand::pairs).sum();
        double expected = rowPairs * columnPairs / pairs(a.length);
        double max = (rowPairs + columnPairs) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}
