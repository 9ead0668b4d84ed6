package nl.raadsplein.motion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A motion's text after the service's checks: trimmed, within bounds, free of hidden characters. */
record CheckedText(
        String title,
        List<String> findings,
        List<String> considerations,
        List<String> requests,
        @Nullable String replacement) {

    List<String> clauses(ClauseKind kind) {
        return switch (kind) {
            case FINDING -> findings;
            case CONSIDERATION -> considerations;
            case REQUEST -> requests;
        };
    }
}
