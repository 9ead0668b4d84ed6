package nl.raadsplein.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a vote, computed from seats, never typed: more seats for than against adopts, fewer rejects,
 * and as many is a tie, which does not adopt (ADR 12). Abstentions and absences count for neither side.
 */
record VoteCount(VoteMethod method, int votesFor, int votesAgainst, VoteResult result, List<Line> lines) {

    /** A party's seats (accountId null) or one member's seat, and how they voted. */
    record Line(long partyId, @Nullable Long accountId, int seats, VoteChoice choice) {}

    static VoteCount of(VoteMethod method, List<Line> lines) {
        if (method == VoteMethod.WITHOUT_VOTE) {
            return new VoteCount(method, 0, 0, VoteResult.ADOPTED, List.of());
        }
        int votesFor = sum(lines, VoteChoice.FOR);
        int votesAgainst = sum(lines, VoteChoice.AGAINST);
        VoteResult result = votesFor > votesAgainst
                ? VoteResult.ADOPTED
                : votesFor < votesAgainst ? VoteResult.REJECTED : VoteResult.TIED;
        return new VoteCount(method, votesFor, votesAgainst, result, List.copyOf(lines));
    }

    private static int sum(List<Line> lines, VoteChoice choice) {
        return lines.stream()
                .filter(l -> l.choice() == choice)
                .mapToInt(Line::seats)
                .sum();
    }

    /** One line per party holding seats in the term, each with its seats; every such party must have a choice. */
    static VoteCount perParty(CouncilTerm term, Map<Long, VoteChoice> choices) {
        List<Line> lines = new ArrayList<>();
        for (CouncilTerm.Seats seats : term.seats()) {
            VoteChoice choice = choices.get(seats.partyId());
            if (choice == null) {
                throw new InvalidInputException("choices", "motion.error.party-choice-missing", seats.partyName());
            }
            lines.add(new Line(seats.partyId(), null, seats.seats(), choice));
        }
        if (!term.seats().stream().map(CouncilTerm.Seats::partyId).toList().containsAll(choices.keySet())) {
            throw new InvalidInputException("choices", "motion.error.party-without-seats");
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("choices", "motion.error.no-seats");
        }
        return of(VoteMethod.PARTY, lines);
    }
}
