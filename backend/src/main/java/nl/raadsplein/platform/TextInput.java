package nl.raadsplein.platform;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The common rules for text people type: normalised to NFC, trimmed, never blank when required, never
 * longer than the column, and free of control and bidirectional-override characters that can disguise
 * what a text says (such as U+202E turning "exe.png" around).
 */
public final class TextInput {

    private static final Pattern SINGLE_LINE_FORBIDDEN =
            Pattern.compile("[\\p{Cc}\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");
    private static final Pattern MULTI_LINE_FORBIDDEN =
            Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private TextInput() {}

    /** A required single-line text of at most {@code maxLength} characters (code points). */
    public static String line(String field, @Nullable String value, int maxLength) {
        return check(field, value, maxLength, SINGLE_LINE_FORBIDDEN);
    }

    /** A required text that may span lines. */
    public static String multiLine(String field, @Nullable String value, int maxLength) {
        return check(field, value == null ? null : value.replace("\r\n", "\n"), maxLength, MULTI_LINE_FORBIDDEN);
    }

    /** An e-mail address, lower-cased, of the form people and mail servers accept. */
    public static String email(String field, @Nullable String value) {
        String email = line(field, value, 254).toLowerCase(java.util.Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || email.indexOf('@') > 64) {
            throw new InvalidInputException(field, "error.email-malformed");
        }
        return email;
    }

    /** A code chosen once by an administrator and used as a key ever after. */
    public static String code(String field, @Nullable String value) {
        String code = line(field, value, 40);
        if (!code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new InvalidInputException(field, "error.code-malformed");
        }
        return code;
    }

    private static String check(String field, @Nullable String value, int maxLength, Pattern forbidden) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (forbidden.matcher(text).find()) {
            throw new InvalidInputException(field, "error.control-characters");
        }
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "error.required");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidInputException(field, "error.too-long", maxLength);
        }
        return text;
    }
}
