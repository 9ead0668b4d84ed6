package nl.raadsplein.deliberation.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.opinion.OpinionModel.GroupVotes;
import nl.raadsplein.deliberation.opinion.OpinionModel.RankedStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.RepresentativeStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.StatementFigures;
import org.jspecify.annotations.Nullable;

/**
 * Per statement: the counts, what sets each group apart (Pol.is' representativeness), what everyone shares
 * (Pol.is' majority opinions), group-aware consensus, divisiveness and uncertainty. Pol.is' estimates add one
 * success and one trial (or two) so that a handful of votes never looks certain.
 */
final class StatementStatistics {

    /** One-sided z at 90%, Pol.is' threshold for every test. */
    static final double Z90 = 1.2816;

    private static final double DIVISIVE = 0.3;
    private static final double UNCERTAIN = 0.3;

    private final VoteMatrix matrix;
    private final int groups;
    private final int[] agree;
    private final int[] disagree;
    private final int[] pass;
    private final int[][] groupAgree;
    private final int[][] groupDisagree;
    private final int[][] groupSeen;

    /** @param groupOfRow each row's group, -1 when not in the conversation */
    StatementStatistics(VoteMatrix matrix, int[] groupOfRow, int groups) {
        this.matrix = matrix;
        this.groups = groups;
        int columns = matrix.columnCount();
        agree = new int[columns];
        disagree = new int[columns];
        pass = new int[columns];
        groupAgree = new int[groups][columns];
        groupDisagree = new int[groups][columns];
        groupSeen = new int[groups][columns];
        for (int row = 0; row < matrix.rows(); row++) {
            int group = groupOfRow[row];
            for (int at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at++) {
                int column = matrix.columns[at];
                byte value = matrix.values[at];
                (value > 0 ? agree : value < 0 ? disagree : pass)[column]++;
                if (group >= 0) {
                    groupSeen[group][column]++;
                    if (value > 0) {
                        groupAgree[group][column]++;
                    } else if (value < 0) {
                        groupDisagree[group][column]++;
                    }
                }
            }
        }
    }

    /** Up to five statements setting the group apart, agrees first; when none passes the tests, the best one. */
    List<RepresentativeStatement> representative(int group) {
        if (groups < 2) {
            return List.of();
        }
        List<RepresentativeStatement> sufficient = new ArrayList<>();
        @Nullable RepresentativeStatement best = null;
        double bestTest = Double.NEGATIVE_INFINITY;
        for (int column = 0; column < matrix.columnCount(); column++) {
            int na = groupAgree[group][column];
            int nd = groupDisagree[group][column];
            int ns = groupSeen[group][column];
            int restAgree = -na;
            int restDisagree = -nd;
            int restSeen = -ns;
            for (int g = 0; g < groups; g++) {
                restAgree += groupAgree[g][column];
                restDisagree += groupDisagree[g][column];
                restSeen += groupSeen[g][column];
            }
            double pa = probability(na, ns);
            double pd = probability(nd, ns);
            double pat = proportionTest(na, ns);
            double pdt = proportionTest(nd, ns);
            double ra = pa / probability(restAgree, restSeen);
            double rd = pd / probability(restDisagree, restSeen);
            double rat = twoProportionTest(na, restAgree, ns, restSeen);
            double rdt = twoProportionTest(nd, restDisagree, ns, restSeen);
            boolean agrees = rat > rdt;
            RepresentativeStatement statement = new RepresentativeStatement(
                    matrix.statements[column],
                    agrees ? Stance.AGREE : Stance.DISAGREE,
                    agrees ? ra * rat * pa * pat : rd * rdt * pd * pdt,
                    agrees ? rat : rdt,
                    share(na, ns),
                    share(nd, ns));
            if ((rat > Z90 && pat > Z90) || (rdt > Z90 && pdt > Z90)) {
                sufficient.add(statement);
            }
            if (Math.max(rat, rdt) > bestTest) {
                bestTest = Math.max(rat, rdt);
                best = statement;
            }
        }
        if (sufficient.isEmpty()) {
            return best == null ? List.of() : List.of(best);
        }
        List<RepresentativeStatement> top = sufficient.stream()
                .sorted(Comparator.comparingDouble(RepresentativeStatement::repness)
                        .reversed()
                        .thenComparingLong(RepresentativeStatement::statement))
                .limit(OpinionModel.TOP)
                .toList();
        List<RepresentativeStatement> agreesFirst = new ArrayList<>(top.size());
        top.stream().filter(s -> s.direction() == Stance.AGREE).forEach(agreesFirst::add);
        top.stream().filter(s -> s.direction() == Stance.DISAGREE).forEach(agreesFirst::add);
        return agreesFirst;
    }

    /** Statements most of everyone agrees on, then those most disagree with: at most five of each. */
    List<RankedStatement> consensus() {
        List<RankedStatement> result = new ArrayList<>(majority(agree, Stance.AGREE));
        result.addAll(majority(disagree, Stance.DISAGREE));
        return result;
    }

    private List<RankedStatement> majority(int[] success, Stance direction) {
        List<RankedStatement> candidates = new ArrayList<>();
        for (int column = 0; column < matrix.columnCount(); column++) {
            int seen = seen(column);
            double p = probability(success[column], seen);
            double test = proportionTest(success[column], seen);
            if (p > 0.5 && test > Z90) {
                candidates.add(new RankedStatement(matrix.statements[column], direction, p * test));
            }
        }
        return top(candidates, OpinionModel.TOP);
    }

    List<RankedStatement> divisive() {
        List<RankedStatement> candidates = new ArrayList<>();
        for (int column = 0; column < matrix.columnCount(); column++) {
            double divisiveness = divisiveness(column);
            if (divisiveness > DIVISIVE) {
                Stance side = agree[column] >= disagree[column] ? Stance.AGREE : Stance.DISAGREE;
                candidates.add(new RankedStatement(matrix.statements[column], side, divisiveness));
            }
        }
        return top(candidates, OpinionModel.LIST_LIMIT);
    }

    List<RankedStatement> uncertain() {
        List<RankedStatement> candidates = new ArrayList<>();
        for (int column = 0; column < matrix.columnCount(); column++) {
            if (isUncertain(column)) {
                candidates.add(
                        new RankedStatement(matrix.statements[column], Stance.PASS, share(pass[column], seen(column))));
            }
        }
        return top(candidates, OpinionModel.LIST_LIMIT);
    }

    List<StatementFigures> figures(List<RankedStatement> consensus) {
        Set<Long> inConsensus = new HashSet<>();
        consensus.forEach(statement -> inConsensus.add(statement.statement()));
        List<StatementFigures> figures = new ArrayList<>(matrix.columnCount());
        for (int column = 0; column < matrix.columnCount(); column++) {
            List<GroupVotes> perGroup = new ArrayList<>(groups);
            double groupAware = 1;
            for (int g = 0; g < groups; g++) {
                int seen = groupSeen[g][column];
                perGroup.add(new GroupVotes(
                        g,
                        groupAgree[g][column],
                        groupDisagree[g][column],
                        seen - groupAgree[g][column] - groupDisagree[g][column]));
                groupAware *= probability(groupAgree[g][column], seen);
            }
            long statement = matrix.statements[column];
            figures.add(new StatementFigures(
                    statement,
                    agree[column],
                    disagree[column],
                    pass[column],
                    groups == 0 ? probability(agree[column], seen(column)) : groupAware,
                    inConsensus.contains(statement),
                    divisiveness(column),
                    isUncertain(column),
                    perGroup));
        }
        return figures;
    }

    private double divisiveness(int column) {
        if (groups < 2) {
            return 0;
        }
        double highest = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groups; g++) {
            int seen = groupSeen[g][column];
            double lean = probability(groupAgree[g][column], seen) - probability(groupDisagree[g][column], seen);
            highest = Math.max(highest, lean);
            lowest = Math.min(lowest, lean);
        }
        return (highest - lowest) / 2;
    }

    private boolean isUncertain(int column) {
        return share(pass[column], seen(column)) > UNCERTAIN;
    }

    private int seen(int column) {
        return agree[column] + disagree[column] + pass[column];
    }

    private static List<RankedStatement> top(List<RankedStatement> candidates, int limit) {
        return candidates.stream()
                .sorted(Comparator.comparingDouble(RankedStatement::score)
                        .reversed()
                        .thenComparingLong(RankedStatement::statement))
                .limit(limit)
                .toList();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double probability(int success, int trials) {
        return (success + 1.0) / (trials + 2.0);
    }

    /** Pol.is' one-proportion test against one half, with one success and one trial added. */
    static double proportionTest(int success, int trials) {
        double n = trials + 1.0;
        return 2 * Math.sqrt(n) * ((success + 1.0) / n - 0.5);
    }

    /** Pol.is' two-proportion z-test, with one added to all four counts. */
    static double twoProportionTest(int successIn, int successOut, int trialsIn, int trialsOut) {
        double s1 = successIn + 1.0;
        double s2 = successOut + 1.0;
        double n1 = trialsIn + 1.0;
        double n2 = trialsOut + 1.0;
        double pooled = (s1 + s2) / (n1 + n2);
        if (pooled >= 1) {
            return 0;
        }
        return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    }
}
