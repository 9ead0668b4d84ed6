package nl.raadsplein.agenda;

import java.util.List;
import nl.raadsplein.platform.LocalizedText;

/**
 * A public value or a digital topic: a code that never changes once used and a name in both languages.
 * {@code themeCodes} is empty for values.
 */
public record ReferenceItem(String code, LocalizedText name, List<String> themeCodes, int version) {}
