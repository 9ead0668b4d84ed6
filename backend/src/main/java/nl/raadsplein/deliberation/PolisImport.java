package nl.raadsplein.deliberation;

import java.time.Instant;
import java.util.List;

/**
 * A Pol.is conversation to bring in as a new value discussion; it is open or closed as its dates say.
 *
 * @param comments the bytes of comments.csv
 * @param participantsVotes the bytes of participants-votes.csv
 */
public record PolisImport(
        String question,
        List<String> themes,
        Instant opensAt,
        Instant closesAt,
        byte[] comments,
        byte[] participantsVotes) {

    public PolisImport {
        themes = List.copyOf(themes);
    }
}
