package nl.raadsplein.motion;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The council's vote as the griffier records it: per party (party id to choice), per member (account id to
 * choice), or without a vote (no choices). A correction gives a reason.
 */
public record VoteRecording(
        long motionId,
        @Nullable VoteMethod method,
        @Nullable Map<Long, VoteChoice> choices,
        @Nullable String reason) {}
