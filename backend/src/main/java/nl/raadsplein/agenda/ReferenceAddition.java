package nl.raadsplein.agenda;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A public value or digital topic to add, with its name in both languages; a digital topic names the themes it maps
 * to, a public value none.
 */
public record ReferenceAddition(
        ReferenceKind kind,
        @Nullable String code,
        @Nullable String nameNl,
        @Nullable String nameEn,
        List<String> themes) {}
