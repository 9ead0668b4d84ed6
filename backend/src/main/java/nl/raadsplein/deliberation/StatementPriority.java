package nl.raadsplein.deliberation;

import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Pol.is' rule for the next statement to show (opinion-groups.md): a weighted random pick among the statements the
 * participant has not answered, weighted by {@code (importance * (1 + 8 * 2^(-S/5)))^2} with
 * {@code importance = (1 - (P+1)/(S+2)) * (E+1) * (A+1)/(S+2)}: new statements (few votes S) first, then those many
 * agree with, and seldom those most people pass. E, the statement's spread on the opinion map, comes from the maths;
 * until it has run for a discussion it counts as 0, so the rule reads only the counts this feature keeps.
 */
final class StatementPriority {

    private StatementPriority() {}

    static double priority(int agree, int disagree, int pass, double extremity) {
        int seen = agree + disagree + pass;
        double importance = (1 - (pass + 1.0) / (seen + 2.0)) * (extremity + 1) * (agree + 1.0) / (seen + 2.0);
        double novelty = 1 + 8 * Math.pow(2, -seen / 5.0);
        return Math.pow(importance * novelty, 2);
    }

    /**
     * Picks one candidate at random, weighted by priority; the same candidates and seed give the same pick, so a
     * participant who reloads the page sees the same statement.
     */
    static @Nullable StatementView choose(List<StatementView> candidates, long seed) {
        if (candidates.isEmpty()) {
            return null;
        }
        double[] weights = new double[candidates.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            StatementView s = candidates.get(i);
            weights[i] = priority(s.agree(), s.disagree(), s.pass(), 0);
            total += weights[i];
        }
        double pick = new Random(seed).nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return candidates.get(i);
            }
        }
        return candidates.getLast();
    }
}
