package nl.raadsplein.motion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A status update: the new status, the due date from now on (unchanged or moved, visibly) and a note for the public.
 *
 * @param version the follow-up's version as the griffier saw it
 */
public record FollowUpChange(
        long followUpId,
        int version,
        @Nullable FollowUpStatus status,
        @Nullable LocalDate dueOn,
        @Nullable String note) {}
