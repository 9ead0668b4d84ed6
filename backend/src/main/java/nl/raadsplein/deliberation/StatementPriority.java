package nl.raadsplein.deliberation;

import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Pol.is' rule for the next statement to show (opinion-groups.md): a weighted random pick among the statements the
 * participant has not answered, weighted by {@code (importance * (1 + 8 * 2^(-S/5)))^2} with
 * {@code importance = (1 - (P+1)/(S+2)) * (E+1) * (A+1)/(S+2)}: new statements (few votes S) first, then those many
 * agree with, and seldom those most people pass. E, how far out on the opinion map the statement lies, is written by
 * each run of the maths ({@link OpinionRunRepository#storeExtremities}); until the first run it is 0.
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
    static @Nullable StatementView choose(List<StatementRepository.Candidate> candidates, long seed) {
        if (candidates.isEmpty()) {
            return null;
        }
        double[] weights = new double[candidates.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            StatementView s = candidates.get(i).statement();
            weights[i] = priority(
                    s.agree(), s.disagree(), s.pass(), candidates.get(i).extremity());
            total += weights[i];
        }
        double pick = new Random(seed).nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return candidates.get(i).statement();
            }
        }
        return candidates.getLast().statement();
    }
}
