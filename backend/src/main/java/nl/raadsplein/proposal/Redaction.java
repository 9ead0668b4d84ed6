package nl.raadsplein.proposal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.TextInput;
import org.jspecify.annotations.Nullable;

/**
 * What a moderator blanks out of a text, the rest staying as written: either every occurrence of an exact
 * {@code fragment}, or the characters from {@code start} (inclusive) to {@code end} (exclusive) of the body, as
 * Java string indices. The replacement defaults to {@value #DEFAULT_REPLACEMENT}.
 */
public record Redaction(
        @Nullable Integer start,
        @Nullable Integer end,
        @Nullable String fragment,
        @Nullable String replacement) {

    public static final String DEFAULT_REPLACEMENT = "[verwijderd]";
    public static final int REPLACEMENT_LENGTH = 100;

    public static Redaction of(String fragment) {
        return new Redaction(null, null, fragment, null);
    }

    public static Redaction between(int start, int end) {
        return new Redaction(start, end, null, null);
    }

    public Redaction withReplacement(@Nullable String text) {
        return new Redaction(start, end, fragment, text);
    }

    /** The text redacted: the fragment wherever it occurs (refused if nowhere), or the range. */
    public String applyTo(String text) {
        String replacement = checkedReplacement();
        if (byFragment()) {
            Replaced redacted = replaceFragment(text, checkedFragment(), replacement);
            if (redacted.at().isEmpty()) {
                throw new InvalidInputException("fragment", "proposal.error.fragment-not-found");
            }
            return redacted.text();
        }
        return replaceRange(text, replacement).text();
    }

    /** A text after replacing, with the offsets at which the replacement now starts (none: nothing replaced). */
    record Replaced(String text, String fragment, List<Integer> at) {}

    /** Whether this redaction names a fragment that occurs in {@code text}. */
    public boolean occursIn(@Nullable String text) {
        return byFragment() && text != null && text.contains(checkedFragment());
    }

    boolean byFragment() {
        return fragment != null && !fragment.isEmpty();
    }

    String checkedReplacement() {
        return replacement == null || replacement.isBlank()
                ? DEFAULT_REPLACEMENT
                : TextInput.line("replacement", replacement, REPLACEMENT_LENGTH);
    }

    String checkedFragment() {
        String text = Normalizer.normalize(fragment, Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw new InvalidInputException("fragment", "error.required");
        }
        return text;
    }

    /** The text with every occurrence of the fragment replaced, left to right; the same text when it does not occur. */
    Replaced replaceFragment(String text, String checkedFragment, String checkedReplacement) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> at = new ArrayList<>();
        int from = 0;
        for (int found = text.indexOf(checkedFragment); found >= 0; found = text.indexOf(checkedFragment, from)) {
            out.append(text, from, found);
            at.add(out.length());
            out.append(checkedReplacement);
            from = found + checkedFragment.length();
        }
        out.append(text, from, text.length());
        return new Replaced(out.toString(), checkedFragment, List.copyOf(at));
    }

    /** The text with [start, end) replaced; refuses a range outside the text or through a surrogate pair. */
    Replaced replaceRange(String text, String checkedReplacement) {
        if (start == null || end == null) {
            throw new InvalidInputException("fragment", "error.required");
        }
        int from = start;
        int to = end;
        if (from < 0
                || to <= from
                || to > text.length()
                || (from > 0 && Character.isLowSurrogate(text.charAt(from)))
                || (to < text.length() && Character.isLowSurrogate(text.charAt(to)))) {
            throw new InvalidInputException("fragment", "proposal.error.redaction-range");
        }
        return new Replaced(
                text.substring(0, from) + checkedReplacement + text.substring(to),
                text.substring(from, to),
                List.of(from));
    }
}
