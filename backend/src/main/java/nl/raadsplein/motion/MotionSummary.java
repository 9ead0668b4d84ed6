package nl.raadsplein.motion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A motion in a list: its state, and its result once voted. */
public record MotionSummary(
        long id,
        MotionType type,
        String title,
        MotionState state,
        @Nullable VoteResult result,
        String firstSubmitter,
        @Nullable Instant submittedAt) {}
