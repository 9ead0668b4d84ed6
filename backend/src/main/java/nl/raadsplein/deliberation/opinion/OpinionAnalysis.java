package nl.raadsplein.deliberation.opinion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import nl.raadsplein.deliberation.opinion.OpinionModel.BaseCluster;
import nl.raadsplein.deliberation.opinion.OpinionModel.Clustering;
import nl.raadsplein.deliberation.opinion.OpinionModel.Component;
import nl.raadsplein.deliberation.opinion.OpinionModel.Group;
import nl.raadsplein.deliberation.opinion.OpinionModel.GroupCentre;
import nl.raadsplein.deliberation.opinion.OpinionModel.Placement;
import nl.raadsplein.deliberation.opinion.OpinionModel.RankedStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.Smoothing;
import nl.raadsplein.deliberation.opinion.OpinionModel.WarmStart;
import org.jspecify.annotations.Nullable;

/**
 * Computes the opinion groups as Pol.is does (see docs/adr/0011-opinion-groups-maths.md for where it differs):
 * principal components of the votes, every participant projected on them, participants in the conversation
 * clustered into 100 base clusters, base clusters grouped into 2 to 5 groups by silhouette, then the statistics
 * per statement.
 */
public final class OpinionAnalysis {

    static final int BASE_CLUSTERS = 100;
    static final int MAX_GROUPS = 5;
    private static final int VOTES_TO_JOIN = 7;
    private static final int RESTARTS = 20;
    private static final double SILHOUETTE_MARGIN = 0.05;
    private static final int FEWEST_IN_CONVERSATION = 15;

    private OpinionAnalysis() {}

    /** Equal votes, excluded statements, previous model and seed give an equal model. */
    public static OpinionModel analyse(OpinionInput input) {
        VoteMatrix matrix = VoteMatrix.of(input.votes(), input.excludedStatements());
        @Nullable OpinionModel previous = input.previous();
        WarmStart before = previous == null
                ? new WarmStart(List.of(), List.of(), List.of(), Smoothing.NONE)
                : previous.warmStart();
        Pca pca = Pca.of(
                matrix, previousComponent(matrix, before, 1), previousComponent(matrix, before, 2), input.seed());
        double[][] position = pca.project();
        double[] x = position[0];
        double[] y = position[1];
        int[] inConversation = inConversation(matrix, previous);

        double[] bx = new double[inConversation.length];
        double[] by = new double[inConversation.length];
        for (int i = 0; i < inConversation.length; i++) {
            bx[i] = x[inConversation[i]];
            by[i] = y[inConversation[i]];
        }
        KMeans.Result base = KMeans.run(bx, by, null, BASE_CLUSTERS, recentredBase(matrix, x, y, before));
        int bases = base.centres().size();
        double[] cx = new double[bases];
        double[] cy = new double[bases];
        double[] weight = new double[bases];
        for (int b = 0; b < bases; b++) {
            cx[b] = base.centres().get(b).x();
            cy[b] = base.centres().get(b).y();
        }
        for (int member : base.assignment()) {
            weight[member]++;
        }

        List<Clustering> clusterings = new ArrayList<>();
        int maxK = Math.min(MAX_GROUPS, 2 + bases / 12);
        for (int k = 2; k <= maxK && bases >= 2; k++) {
            clusterings.add(group(k, cx, cy, weight, base.centres(), before, input.seed()));
        }
        Smoothing smoothing = before.smoothing();
        int[] groupOfBase = new int[bases];
        List<GroupCentre> chosen;
        if (clusterings.isEmpty()) {
            chosen = bases == 0
                    ? List.of()
                    : List.of(new GroupCentre(
                            0,
                            cx[0],
                            cy[0],
                            base.centres().stream().map(KMeans.Centre::id).toList()));
        } else {
            Clustering best = parsimonious(clusterings);
            smoothing = smoothing.next(best.k());
            int shown = smoothing.smoothedK();
            chosen = clusterings.stream()
                    .filter(c -> c.k() == shown)
                    .findFirst()
                    .orElse(best)
                    .centres();
        }
        Map<Integer, Integer> baseIndex = new HashMap<>();
        for (int b = 0; b < bases; b++) {
            baseIndex.put(base.centres().get(b).id(), b);
        }
        for (GroupCentre centre : chosen) {
            centre.baseClusters().forEach(id -> groupOfBase[Objects.requireNonNull(baseIndex.get(id))] = centre.id());
        }
        int[] groupOfRow = new int[matrix.rows()];
        Arrays.fill(groupOfRow, -1);
        for (int i = 0; i < inConversation.length; i++) {
            groupOfRow[inConversation[i]] = groupOfBase[base.assignment()[i]];
        }
        return model(matrix, pca, x, y, groupOfRow, chosen, base, inConversation, clusterings, smoothing);
    }

    private static OpinionModel model(
            VoteMatrix matrix,
            Pca pca,
            double[] x,
            double[] y,
            int[] groupOfRow,
            List<GroupCentre> chosen,
            KMeans.Result base,
            int[] inConversation,
            List<Clustering> clusterings,
            Smoothing smoothing) {
        int k = chosen.size();
        List<Placement> placements = new ArrayList<>(matrix.rows());
        int[] size = new int[k];
        double[] sumX = new double[k];
        double[] sumY = new double[k];
        for (int row = 0; row < matrix.rows(); row++) {
            placements.add(new Placement(matrix.participants[row], x[row], y[row], groupOfRow[row]));
            if (groupOfRow[row] >= 0) {
                size[groupOfRow[row]]++;
                sumX[groupOfRow[row]] += x[row];
                sumY[groupOfRow[row]] += y[row];
            }
        }
        StatementStatistics statistics = new StatementStatistics(matrix, groupOfRow, k);
        List<Group> groups = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            groups.add(new Group(
                    g,
                    size[g],
                    size[g] == 0 ? 0 : sumX[g] / size[g],
                    size[g] == 0 ? 0 : sumY[g] / size[g],
                    statistics.representative(g)));
        }
        List<RankedStatement> consensus = statistics.consensus();
        List<Component> components = new ArrayList<>(matrix.columnCount());
        for (int j = 0; j < matrix.columnCount(); j++) {
            components.add(new Component(matrix.statements[j], pca.centre[j], pca.pc1[j], pca.pc2[j]));
        }
        List<List<Long>> members = new ArrayList<>();
        base.centres().forEach(centre -> members.add(new ArrayList<>()));
        for (int i = 0; i < inConversation.length; i++) {
            members.get(base.assignment()[i]).add(matrix.participants[inConversation[i]]);
        }
        List<BaseCluster> baseClusters = new ArrayList<>(members.size());
        for (int b = 0; b < members.size(); b++) {
            KMeans.Centre centre = base.centres().get(b);
            baseClusters.add(new BaseCluster(centre.id(), centre.x(), centre.y(), members.get(b)));
        }
        return new OpinionModel(
                matrix.entries(),
                matrix.rows(),
                k,
                placements,
                groups,
                statistics.figures(consensus),
                consensus,
                statistics.divisive(),
                statistics.uncertain(),
                new WarmStart(components, baseClusters, clusterings, smoothing));
    }

    private static double @Nullable [] previousComponent(VoteMatrix matrix, WarmStart before, int which) {
        if (before.components().isEmpty()) {
            return null;
        }
        Map<Long, Double> byStatement = new HashMap<>();
        before.components().forEach(c -> byStatement.put(c.statement(), which == 1 ? c.pc1() : c.pc2()));
        double[] start = new double[matrix.columnCount()];
        for (int j = 0; j < start.length; j++) {
            start[j] = byStatement.getOrDefault(matrix.statements[j], 0.0);
        }
        return start;
    }

    /**
     * Rows in the conversation, ascending: whoever was in before, whoever voted on at least seven statements (or all
     * when there are fewer), topped up with the most active voters to fifteen.
     */
    private static int[] inConversation(VoteMatrix matrix, @Nullable OpinionModel previous) {
        Set<Long> before = new HashSet<>();
        if (previous != null) {
            previous.placements().stream().filter(p -> p.group() >= 0).forEach(p -> before.add(p.participant()));
        }
        int needed = Math.min(VOTES_TO_JOIN, matrix.columnCount());
        boolean[] in = new boolean[matrix.rows()];
        int count = 0;
        for (int row = 0; row < matrix.rows(); row++) {
            in[row] = matrix.votesOf(row) >= needed || before.contains(matrix.participants[row]);
            count += in[row] ? 1 : 0;
        }
        if (count < FEWEST_IN_CONVERSATION) {
            int[] rest = IntStream.range(0, matrix.rows())
                    .filter(row -> !in[row])
                    .boxed()
                    .sorted(Comparator.comparingInt(matrix::votesOf).reversed())
                    .limit(FEWEST_IN_CONVERSATION - count)
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (int row : rest) {
                in[row] = true;
            }
        }
        return IntStream.range(0, matrix.rows()).filter(row -> in[row]).toArray();
    }

    /**
     * The k with the best silhouette, except that a larger k must beat a smaller one by a clear margin: one cold
     * computation has no history for the smoothing to damp, and near-equal silhouettes otherwise split a room in
     * two into more groups than Pol.is shows.
     */
    private static Clustering parsimonious(List<Clustering> clusterings) {
        double best =
                clusterings.stream().mapToDouble(Clustering::silhouette).max().orElse(0);
        return clusterings.stream()
                .filter(c -> c.silhouette() >= best - SILHOUETTE_MARGIN)
                .findFirst()
                .orElseThrow();
    }

    /** The previous base clusters, each moved to where its members are now; those without members are dropped. */
    private static List<KMeans.Centre> recentredBase(VoteMatrix matrix, double[] x, double[] y, WarmStart before) {
        List<KMeans.Centre> start = new ArrayList<>();
        for (BaseCluster cluster : before.baseClusters()) {
            double sx = 0;
            double sy = 0;
            int n = 0;
            for (long participant : cluster.members()) {
                int row = Arrays.binarySearch(matrix.participants, participant);
                if (row >= 0) {
                    sx += x[row];
                    sy += y[row];
                    n++;
                }
            }
            if (n > 0) {
                start.add(new KMeans.Centre(cluster.id(), sx / n, sy / n));
            }
        }
        return start;
    }

    /** Weighted k-means of the base clusters into k groups, from the previous grouping into k when there is one. */
    private static Clustering group(
            int k, double[] cx, double[] cy, double[] weight, List<KMeans.Centre> bases, WarmStart before, long seed) {
        Map<Integer, Integer> baseIndex = new HashMap<>();
        for (int b = 0; b < bases.size(); b++) {
            baseIndex.put(bases.get(b).id(), b);
        }
        List<KMeans.Centre> start = new ArrayList<>();
        before.clusterings().stream().filter(c -> c.k() == k).findFirst().ifPresent(previous -> {
            for (GroupCentre centre : previous.centres()) {
                double sx = 0;
                double sy = 0;
                double sw = 0;
                for (int id : centre.baseClusters()) {
                    Integer b = baseIndex.get(id);
                    if (b != null) {
                        sx += weight[b] * cx[b];
                        sy += weight[b] * cy[b];
                        sw += weight[b];
                    }
                }
                if (sw > 0) {
                    start.add(new KMeans.Centre(centre.id(), sx / sw, sy / sw));
                }
            }
        });
        KMeans.Result result =
                start.isEmpty() ? KMeans.best(cx, cy, weight, k, seed, RESTARTS) : KMeans.run(cx, cy, weight, k, start);
        int groups = result.centres().size();
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int b = 0; b < bases.size(); b++) {
            members.get(result.assignment()[b]).add(bases.get(b).id());
        }
        List<GroupCentre> centres = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            KMeans.Centre centre = result.centres().get(g);
            centres.add(new GroupCentre(g, centre.x(), centre.y(), members.get(g)));
        }
        return new Clustering(k, KMeans.silhouette(cx, cy, result.assignment(), groups), centres);
    }
}
