package nl.raadsplein.proposal;

import java.util.List;
import java.util.Optional;

/**
 * What a redaction took out of a proposal or comment, and where its placeholder stands in the title and the body
 * as they were right after it: enough to put the text back when an appeal overturns the redaction. The fragment
 * is personal data; the moderation feature keeps this only while an appeal may need it.
 *
 * @param titleAt offsets of the placeholder in the title (always empty for a comment)
 * @param bodyAt  offsets of the placeholder in the body
 */
public record Redacted(String fragment, String replacement, List<Integer> titleAt, List<Integer> bodyAt) {

    public Redacted {
        titleAt = List.copyOf(titleAt);
        bodyAt = List.copyOf(bodyAt);
    }

    /**
     * The text with the fragment back at each offset, or empty when the placeholder no longer stands at one of
     * them (the text changed since): then nothing is put back, rather than a fragment in the wrong place.
     */
    Optional<String> restore(String text, List<Integer> at) {
        StringBuilder restored = new StringBuilder(text);
        for (int i = at.size() - 1; i >= 0; i--) {
            int offset = at.get(i);
            if (offset < 0
                    || !text.startsWith(replacement, offset)
                    || (i + 1 < at.size() && offset + replacement.length() > at.get(i + 1))) {
                return Optional.empty();
            }
            restored.replace(offset, offset + replacement.length(), fragment);
        }
        return Optional.of(restored.toString());
    }
}
