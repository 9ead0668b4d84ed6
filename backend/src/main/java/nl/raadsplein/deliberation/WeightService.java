package nl.raadsplein.deliberation;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Participants spread 100 points over the discussion's values: optional, once, changeable while it is open. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WeightService {

    public static final int TOTAL = 100;

    private final StatementRepository statements;
    private final TakingPart rules;
    private final Clock clock;

    WeightService(StatementRepository statements, TakingPart rules, Clock clock) {
        this.statements = statements;
        this.rules = rules;
        this.clock = clock;
    }

    /** Stores (or replaces) the viewer's points: every value of the discussion, 0 to 100 each, 100 in all. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void weigh(long discussionId, Map<String, Integer> points) {
        if (points == null) {
            throw new InvalidInputException("weights", "error.required");
        }
        long me = Actor.currentAccountId();
        rules.lockOpen(discussionId, me, "weights");
        List<String> values = statements.valueCodes(discussionId);
        if (!points.keySet().equals(new HashSet<>(values))) {
            throw new InvalidInputException("weights", "deliberation.error.weights-values");
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        int total = 0;
        for (String value : values) {
            Integer p = points.get(value);
            if (p == null || p < 0 || p > TOTAL) {
                throw new InvalidInputException("weights", "deliberation.error.weights-range", TOTAL);
            }
            ordered.put(value, p);
            total += p;
        }
        if (total != TOTAL) {
            throw new InvalidInputException("weights", "deliberation.error.weights-total", TOTAL, total);
        }
        statements.replaceWeights(statements.ensureParticipant(discussionId, me, clock.instant()), ordered);
    }

    /** The viewer's points per value code; empty when they did not weigh the values. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Integer> myWeights(long discussionId) {
        return statements
                .participant(discussionId, Actor.currentAccountId())
                .map(statements::weights)
                .orElse(Map.of());
    }
}
