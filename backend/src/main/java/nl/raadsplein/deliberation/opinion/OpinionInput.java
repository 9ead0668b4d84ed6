package nl.raadsplein.deliberation.opinion;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the opinion groups are computed from.
 *
 * @param votes every vote; when a participant appears twice for a statement the later one in the list counts
 * @param excludedStatements statements moderated out: left out of the maths entirely
 * @param previous the last model of the same discussion, to start from (participants stay in the conversation,
 *     components, base clusters, groups and the smoothing of the number of groups carry over); null for a first run
 * @param seed fixes the only random choice (the start of the principal components), so equal input gives an equal
 *     model
 */
public record OpinionInput(
        List<ParticipantVote> votes,
        Set<Long> excludedStatements,
        @Nullable OpinionModel previous,
        long seed) {

    public OpinionInput {
        votes = List.copyOf(votes);
        excludedStatements = Set.copyOf(excludedStatements);
    }

    /** A first run without moderated-out statements. */
    public static OpinionInput of(List<ParticipantVote> votes, long seed) {
        return new OpinionInput(votes, Set.of(), null, seed);
    }
}
