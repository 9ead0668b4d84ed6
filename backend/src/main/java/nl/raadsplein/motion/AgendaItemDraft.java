package nl.raadsplein.motion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An agenda item the griffier adds at the end of a meeting's agenda, with the agenda themes it concerns. */
public record AgendaItemDraft(
        @Nullable String title, @Nullable List<String> themeCodes) {}
