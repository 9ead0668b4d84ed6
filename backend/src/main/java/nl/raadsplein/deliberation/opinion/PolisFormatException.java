package nl.raadsplein.deliberation.opinion;

import java.util.Arrays;
import java.util.List;

/**
 * A Pol.is export that cannot be read. The message key is in the {@code i18n/opinion} bundle with the file name as
 * {0}, the line (1 is the header) as {1} and the detail as {2}; nothing of the file's content is echoed but the
 * column or value in question.
 */
public final class PolisFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String file;
    private final long line;
    private final String detail;

    public PolisFormatException(String key, String file, long line, String detail) {
        super(file + (line > 0 ? ":" + line : "") + ": " + key + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.key = key;
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    public String key() {
        return key;
    }

    public String file() {
        return file;
    }

    /** The line in the file, 1 for the header, 0 when about the file as a whole. */
    public long line() {
        return line;
    }

    public String detail() {
        return detail;
    }

    /** The arguments of the message: file, line, detail. */
    public List<Object> arguments() {
        return Arrays.asList(file, line, detail);
    }
}
