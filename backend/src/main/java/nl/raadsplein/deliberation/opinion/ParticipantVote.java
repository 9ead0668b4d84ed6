package nl.raadsplein.deliberation.opinion;

import java.util.Objects;
import nl.raadsplein.deliberation.Stance;

/** One participant's current answer to one statement; ids are ours (for an import: the imported rows' ids). */
public record ParticipantVote(long participant, long statement, Stance stance) {

    public ParticipantVote {
        Objects.requireNonNull(stance, "stance");
    }
}
