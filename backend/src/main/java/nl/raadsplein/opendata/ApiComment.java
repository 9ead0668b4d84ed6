package nl.raadsplein.opendata;

import java.time.Instant;
import nl.raadsplein.proposal.Alignment;
import org.jspecify.annotations.Nullable;

/** A public comment on a public proposal; {@code author} as for proposals. */
public record ApiComment(
        long id,
        long proposalId,
        @Nullable Long replyTo,
        Alignment alignment,
        String body,
        @Nullable String author,
        @Nullable String organisation,
        Instant created,
        @Nullable Instant edited) {}
