package nl.raadsplein.deliberation.opinion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Pol.is' k-means on points of the map: optionally weighted, clusters keep their ids from one run to the next,
 * clusters that lose all members disappear, and it stops when no centre moves 0.01 or more.
 */
final class KMeans {

    static final int ITERATIONS = 100;
    private static final double STILL = 0.01;

    /** A cluster centre with the id it keeps across runs. */
    record Centre(int id, double x, double y) {}

    /**
     * @param centres ordered by id
     * @param assignment per point, the index in {@code centres} of its cluster
     */
    record Result(List<Centre> centres, int[] assignment) {}

    private KMeans() {}

    /**
     * @param start where the last run ended (recentred on the current positions of its members), or empty: then
     *     the first k distinct points start, as in Pol.is
     */
    static Result run(double[] x, double[] y, double @Nullable [] weight, int k, List<Centre> start) {
        List<Centre> centres = start.isEmpty() ? firstDistinct(x, y, k) : topUp(x, y, k, start);
        int[] assignment = new int[x.length];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            assign(x, y, centres, assignment);
            List<Centre> moved = recentre(x, y, weight, centres, assignment);
            boolean still = moved.size() == centres.size();
            for (int c = 0; still && c < moved.size(); c++) {
                still = Math.hypot(
                                moved.get(c).x() - centres.get(c).x(),
                                moved.get(c).y() - centres.get(c).y())
                        < STILL;
            }
            if (moved.size() < centres.size()) {
                renumberAssignment(centres, moved, assignment);
            }
            centres = moved;
            if (still) {
                break;
            }
        }
        return new Result(centres, assignment);
    }

    /**
     * A first run without a previous clustering: Pol.is' start (the first k distinct points) and {@code restarts}
     * k-means++ starts drawn with the seed, keeping the clustering with the least weighted squared distance. Pol.is
     * reaches a good clustering through hundreds of warm-started updates as votes arrive; a single cold run from the
     * first points can stop in a poor one.
     */
    static Result best(double[] x, double[] y, double @Nullable [] weight, int k, long seed, int restarts) {
        Result best = run(x, y, weight, k, List.of());
        double bestCost = cost(x, y, weight, best);
        SplittableRandom random = new SplittableRandom(seed);
        for (int attempt = 0; attempt < restarts; attempt++) {
            Result candidate = run(x, y, weight, k, plusPlus(x, y, weight, k, random));
            double candidateCost = cost(x, y, weight, candidate);
            if (candidateCost < bestCost - 1e-9 * Math.abs(bestCost)) {
                best = candidate;
                bestCost = candidateCost;
            }
        }
        return best;
    }

    private static double cost(double[] x, double[] y, double @Nullable [] weight, Result result) {
        double cost = 0;
        for (int i = 0; i < x.length; i++) {
            Centre centre = result.centres().get(result.assignment()[i]);
            double dx = x[i] - centre.x();
            double dy = y[i] - centre.y();
            cost += (weight == null ? 1 : weight[i]) * (dx * dx + dy * dy);
        }
        return cost;
    }

    /** Arthur and Vassilvitskii's k-means++ start: each next centre drawn with probability by squared distance. */
    private static List<Centre> plusPlus(
            double[] x, double[] y, double @Nullable [] weight, int k, SplittableRandom random) {
        List<Centre> centres = new ArrayList<>();
        double[] nearest = new double[x.length];
        Arrays.fill(nearest, Double.MAX_VALUE);
        int first = random.nextInt(x.length);
        centres.add(new Centre(0, x[first], y[first]));
        while (centres.size() < k) {
            Centre last = centres.get(centres.size() - 1);
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                double dx = x[i] - last.x();
                double dy = y[i] - last.y();
                nearest[i] = Math.min(nearest[i], dx * dx + dy * dy);
                total += (weight == null ? 1 : weight[i]) * nearest[i];
            }
            if (total == 0) {
                break;
            }
            double draw = random.nextDouble() * total;
            int chosen = x.length - 1;
            for (int i = 0; i < x.length; i++) {
                draw -= (weight == null ? 1 : weight[i]) * nearest[i];
                if (draw <= 0 && nearest[i] > 0) {
                    chosen = i;
                    break;
                }
            }
            centres.add(new Centre(centres.size(), x[chosen], y[chosen]));
        }
        return centres;
    }

    private static List<Centre> firstDistinct(double[] x, double[] y, int k) {
        List<Centre> centres = new ArrayList<>();
        Set<Point> seen = new HashSet<>();
        for (int i = 0; i < x.length && centres.size() < k; i++) {
            if (seen.add(new Point(x[i], y[i]))) {
                centres.add(new Centre(centres.size(), x[i], y[i]));
            }
        }
        return centres;
    }

    /**
     * Adds the points farthest from every centre as new clusters until there are k, or as many as distinct points.
     * Pol.is does the same one point at a time; keeping each point's distance to its nearest centre makes it
     * linear.
     */
    private static List<Centre> topUp(double[] x, double[] y, int k, List<Centre> start) {
        List<Centre> centres = new ArrayList<>(start);
        Set<Point> distinct = new HashSet<>();
        for (int i = 0; i < x.length && distinct.size() < k; i++) {
            distinct.add(new Point(x[i], y[i]));
        }
        int wanted = Math.min(k, distinct.size());
        if (centres.size() >= wanted) {
            return centres;
        }
        double[] nearest = new double[x.length];
        Arrays.fill(nearest, Double.MAX_VALUE);
        int nextId = centres.stream().mapToInt(Centre::id).max().orElse(-1) + 1;
        List<Centre> added = new ArrayList<>(centres);
        while (centres.size() < wanted) {
            for (Centre centre : added) {
                for (int i = 0; i < x.length; i++) {
                    nearest[i] = Math.min(nearest[i], Math.hypot(x[i] - centre.x(), y[i] - centre.y()));
                }
            }
            int farthest = 0;
            for (int i = 1; i < x.length; i++) {
                if (nearest[i] > nearest[farthest]) {
                    farthest = i;
                }
            }
            if (nearest[farthest] == 0) {
                break;
            }
            Centre centre = new Centre(nextId++, x[farthest], y[farthest]);
            centres.add(centre);
            added = List.of(centre);
        }
        return centres;
    }

    private static void assign(double[] x, double[] y, List<Centre> centres, int[] assignment) {
        int k = centres.size();
        double[] cx = new double[k];
        double[] cy = new double[k];
        for (int c = 0; c < k; c++) {
            cx[c] = centres.get(c).x();
            cy[c] = centres.get(c).y();
        }
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                double dx = x[i] - cx[c];
                double dy = y[i] - cy[c];
                double distance = dx * dx + dy * dy;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            assignment[i] = best;
        }
    }

    private static List<Centre> recentre(
            double[] x, double[] y, double @Nullable [] weight, List<Centre> centres, int[] assignment) {
        int k = centres.size();
        double[] sx = new double[k];
        double[] sy = new double[k];
        double[] sw = new double[k];
        for (int i = 0; i < x.length; i++) {
            double w = weight == null ? 1 : weight[i];
            sx[assignment[i]] += w * x[i];
            sy[assignment[i]] += w * y[i];
            sw[assignment[i]] += w;
        }
        List<Centre> moved = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            if (sw[c] > 0) {
                moved.add(new Centre(centres.get(c).id(), sx[c] / sw[c], sy[c] / sw[c]));
            }
        }
        return moved;
    }

    private static void renumberAssignment(List<Centre> before, List<Centre> after, int[] assignment) {
        int[] newIndex = new int[before.size()];
        int next = 0;
        for (int c = 0; c < before.size(); c++) {
            newIndex[c] =
                    next < after.size() && after.get(next).id() == before.get(c).id() ? next++ : -1;
        }
        for (int i = 0; i < assignment.length; i++) {
            assignment[i] = newIndex[assignment[i]];
        }
    }

    /**
     * Mean silhouette of the points (Pol.is: unweighted, on the distances between base-cluster centres; a point
     * alone in its cluster counts 0).
     */
    static double silhouette(double[] x, double[] y, int[] assignment, int clusters) {
        int n = x.length;
        if (n < 2 || clusters < 2) {
            return 0;
        }
        double total = 0;
        double[] sum = new double[clusters];
        int[] count = new int[clusters];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sum, 0);
            Arrays.fill(count, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[assignment[j]] += Math.hypot(x[i] - x[j], y[i] - y[j]);
                    count[assignment[j]]++;
                }
            }
            int own = assignment[i];
            if (count[own] == 0) {
                continue;
            }
            double a = sum[own] / count[own];
            double b = Double.MAX_VALUE;
            for (int c = 0; c < clusters; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            double spread = Math.max(a, b);
            if (b != Double.MAX_VALUE && spread > 0) {
                total += (b - a) / spread;
            }
        }
        return total / n;
    }

    private record Point(double x, double y) {}
}
