package nl.raadsplein.consultation;

import java.time.Instant;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The moments each phase starts; each phase lasts until the next one starts. */
public record PhaseDates(
        Instant informationFrom,
        Instant proposalsFrom,
        Instant supportsFrom,
        Instant deliberationFrom,
        Instant closedFrom) {

    public Phase phaseAt(Instant now, boolean outcomePublished) {
        if (outcomePublished) {
            return Phase.OUTCOME_PUBLISHED;
        }
        if (now.isBefore(informationFrom)) {
            return Phase.UPCOMING;
        }
        if (now.isBefore(proposalsFrom)) {
            return Phase.INFORMATION;
        }
        if (now.isBefore(supportsFrom)) {
            return Phase.PROPOSALS;
        }
        if (now.isBefore(deliberationFrom)) {
            return Phase.SUPPORTS;
        }
        return now.isBefore(closedFrom) ? Phase.DELIBERATION : Phase.CLOSED;
    }

    /**
     * When the phase ends: the moment the next one starts. Null for a phase without an end (closed, outcome
     * published).
     */
    public @Nullable Instant endOf(Phase phase) {
        return switch (phase) {
            case UPCOMING -> informationFrom;
            case INFORMATION -> proposalsFrom;
            case PROPOSALS -> supportsFrom;
            case SUPPORTS -> deliberationFrom;
            case DELIBERATION -> closedFrom;
            case CLOSED, OUTCOME_PUBLISHED -> null;
        };
    }

    void check() {
        String[] fields = {"informationFrom", "proposalsFrom", "supportsFrom", "deliberationFrom", "closedFrom"};
        Instant[] moments = {informationFrom, proposalsFrom, supportsFrom, deliberationFrom, closedFrom};
        for (int i = 0; i < moments.length; i++) {
            if (moments[i] == null) {
                throw new InvalidInputException(fields[i], "error.required");
            }
            if (i > 0 && moments[i].isBefore(moments[i - 1])) {
                throw new InvalidInputException(fields[i], "consultation.error.phase-order");
            }
        }
    }
}
