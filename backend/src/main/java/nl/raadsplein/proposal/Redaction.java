package nl.raadsplein.proposal;

import java.text.Normalizer;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.TextInput;

/**
 * What a moderator blanks out of a text, the rest staying as written: either every occurrence of an exact
 * {@code fragment}, or the characters from {@code start} (inclusive) to {@code end} (exclusive) of the body, as
 * Java string indices. The replacement defaults to {@value #DEFAULT_REPLACEMENT}.
 */
public record Redaction(Integer start, Integer end, String fragment, String replacement) {

    public static final String DEFAULT_REPLACEMENT = "[verwijderd]";
    public static final int REPLACEMENT_LENGTH = 100;

    public static Redaction of(String fragment) {
        return new Redaction(null, null, fragment, null);
    }

    public static Redaction between(int start, int end) {
        return new Redaction(start, end, null, null);
    }

    public Redaction withReplacement(String text) {
        return new Redaction(start, end, fragment, text);
    }

    /** The text redacted: the fragment wherever it occurs (refused if nowhere), or the range. */
    public String applyTo(String text) {
        String replacement = checkedReplacement();
        if (byFragment()) {
            String redacted = replaceFragment(text, checkedFragment(), replacement);
            if (redacted.equals(text)) {
                throw new InvalidInputException("fragment", "proposal.error.fragment-not-found");
            }
            return redacted;
        }
        return replaceRange(text, replacement);
    }

    /** Whether this redaction names a fragment that occurs in {@code text}. */
    public boolean occursIn(String text) {
        return byFragment() && text != null && text.contains(checkedFragment());
    }

    boolean byFragment() {
        return fragment != null && !fragment.isEmpty();
    }

    String checkedReplacement() {
        return replacement == null || replacement.isBlank() ? DEFAULT_REPLACEMENT
                : TextInput.line("replacement", replacement, REPLACEMENT_LENGTH);
    }

    String checkedFragment() {
        String text = Normalizer.normalize(fragment, Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new InvalidInputException("fragment", "error.required");
        }
        return text;
    }

    /** The text with every occurrence of the fragment replaced; the same text when it does not occur. */
    String replaceFragment(String text, String checkedFragment, String checkedReplacement) {
        return text.replace(checkedFragment, checkedReplacement);
    }

    /** The text with [start, end) replaced; refuses a range outside the text or through a surrogate pair. */
    String replaceRange(String text, String checkedReplacement) {
        if (start == null || end == null) {
            throw new InvalidInputException("fragment", "error.required");
        }
        int from = start;
        int to = end;
        if (from < 0 || to <= from || to > text.length()
                || (from > 0 && Character.isLowSurrogate(text.charAt(from)))
                || (to < text.length() && Character.isLowSurrogate(text.charAt(to)))) {
            throw new InvalidInputException("fragment", "proposal.error.redaction-range");
        }
        return text.substring(0, from) + checkedReplacement + text.substring(to);
    }
}
