package nl.raadsplein.opendata;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published value discussion with its aggregate results: how many took part and voted, and per public statement
 * how many agreed, disagreed and passed. Never an individual vote.
 */
public record ApiDiscussion(
        long id,
        String question,
        String context,
        @Nullable Long consultationId,
        Instant opens,
        Instant closes,
        List<String> themes,
        List<String> values,
        int participants,
        int votes,
        List<Statement> statements,
        Instant created,
        Instant modified) {

    public ApiDiscussion {
        themes = List.copyOf(themes);
        values = List.copyOf(values);
        statements = List.copyOf(statements);
    }

    /** {@code seed}: framed by the council side, not added by a resident. */
    public record Statement(long id, String text, boolean seed, int agree, int disagree, int pass) {}
}
