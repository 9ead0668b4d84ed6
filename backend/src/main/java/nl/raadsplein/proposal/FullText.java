package nl.raadsplein.proposal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a visitor types into a MariaDB BOOLEAN MODE search: only runs of letters and digits survive, so no
 * operator ({@code + - < > ( ) ~ * " @}) of theirs reaches the parser; each word must occur, as a prefix.
 */
final class FullText {

    /** InnoDB's innodb_ft_min_token_size: shorter words are not indexed, and requiring one would match nothing. */
    static final int MIN_WORD_LENGTH = 3;

    static final int MAX_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** InnoDB's default stopwords: not indexed either, so they are left out rather than required. */
    private static final Set<String> STOPWORDS = Set.of(
            "about", "are", "com", "for", "from", "how", "that", "the", "this", "was", "what", "when", "where", "who",
            "will", "with", "und", "www");

    private FullText() {}

    /** The search string, or an empty string when nothing searchable remains. */
    static String booleanTerms(String text) {
        Matcher words =
                WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        Set<String> terms = new LinkedHashSet<>();
        while (words.find() && terms.size() < MAX_WORDS) {
            String word = words.group();
            if (word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH && !STOPWORDS.contains(word)) {
                terms.add("+" + word + "*");
            }
        }
        return String.join(" ", terms);
    }
}
