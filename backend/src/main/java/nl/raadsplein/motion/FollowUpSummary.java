package nl.raadsplein.motion;

import java.time.LocalDate;

/** A follow-up in the monitor of all promises, with the motion it came from. */
public record FollowUpSummary(
        long id,
        long motionId,
        String motionTitle,
        String promise,
        String owner,
        LocalDate dueOn,
        FollowUpStatus status,
        boolean overdue) {}
