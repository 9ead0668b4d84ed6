package nl.raadsplein.motion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the executive promised after the council adopted a motion, and how it went: the updates oldest first.
 *
 * @param overdue due before today (in the municipality) and not done
 * @param version what an update must name, so that two griffiers updating at once do not overwrite each other
 */
public record FollowUp(
        long id,
        long motionId,
        String promise,
        String owner,
        LocalDate dueOn,
        FollowUpStatus status,
        @Nullable LocalDate doneOn,
        boolean overdue,
        int version,
        List<Update> updates) {

    /** A status update as the griffie published it, with the due date it set. */
    public record Update(FollowUpStatus status, LocalDate dueOn, String note, String recordedBy, Instant recordedAt) {}
}
