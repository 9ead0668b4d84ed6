package nl.raadsplein.proposal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which proposals a list shows and in which order. Null or empty fields do not filter; {@code states} null or
 * empty means the {@link #PUBLIC_STATES}. {@code text} is matched in full text against title
 * and body. {@code supportedByMe} and {@code mine} need a login. {@code sort} null means RANDOM, ordered by
 * {@code randomSeed} (keep one per visitor for stable pages).
 */
public record ProposalQuery(
        @Nullable Long consultationId,
        @Nullable String text,
        @Nullable Set<ProposalState> states,
        @Nullable String topicCode,
        @Nullable String themeCode,
        boolean supportedByMe,
        boolean mine,
        @Nullable ProposalSort sort,
        long randomSeed) {

    /** What everyone may see; HIDDEN and AWAITING_MODERATION only the griffie (and the author, while waiting). */
    public static final Set<ProposalState> PUBLIC_STATES = Collections.unmodifiableSet(EnumSet.of(
            ProposalState.PUBLISHED, ProposalState.FOR_COUNCIL, ProposalState.ANSWERED, ProposalState.WITHDRAWN));

    /** All visible proposals of one consultation in the visitor's random order. */
    public static ProposalQuery of(long consultationId, long randomSeed) {
        return new ProposalQuery(consultationId, null, null, null, null, false, false, ProposalSort.RANDOM, randomSeed);
    }
}
