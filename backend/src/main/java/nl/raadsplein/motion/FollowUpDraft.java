package nl.raadsplein.motion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A promise as the griffie writes it down: what, who carries it out (a portfolio or a department) and by when. */
public record FollowUpDraft(
        @Nullable String promise,
        @Nullable String owner,
        @Nullable LocalDate dueOn) {}
