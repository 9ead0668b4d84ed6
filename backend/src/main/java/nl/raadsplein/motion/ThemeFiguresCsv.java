package nl.raadsplein.motion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.deliberation.opinion.PolisWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The agenda's overview as open data: RFC 4180 (comma, CRLF, quotes where a cell needs them), a header of stable column
 * names, one row per theme, UTF-8 with a byte order mark so that spreadsheets read accents and Arabic alike.
 */
final class ThemeFiguresCsv {

    static final List<String> HEADER = List.of(
            "theme_code",
            "theme",
            "consultations",
            "proposals",
            "supports",
            "value_discussions",
            "motions_submitted",
            "motions_adopted",
            "motions_rejected",
            "follow_ups_open",
            "follow_ups_overdue");

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ThemeFiguresCsv() {}

    /** The rows with the themes' names in the reader's language. */
    static byte[] write(List<ThemeFiguresRow> rows, Locale locale) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (ThemeFiguresRow row : rows) {
                ThemeFigures f = row.figures();
                csv.printRecord(
                        PolisWriter.guarded(row.code()),
                        PolisWriter.guarded(row.name().in(locale)),
                        f.consultations(),
                        f.proposals(),
                        f.supports(),
                        f.discussions(),
                        f.motions(),
                        f.adopted(),
                        f.rejected(),
                        f.followUpsOpen(),
                        f.followUpsOverdue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
