package nl.raadsplein.motion;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.raadsplein.platform.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The motion on A4 in the council's fixed format, as its printable page shows it: the parts numbered through the
 * three sections, so that an amendment can name one; then the result of the vote, if any, and the version, so that
 * a printed copy says which text it is.
 */
@Component
class MotionPaper {

    private static final float HANGING = 18;

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    MotionPaper(MessageSource messages) {
        this.messages = messages;
        this.regular = PdfFonts.regular();
        this.bold = PdfFonts.bold();
    }

    byte[] write(MotionDetails motion, Locale locale) {
        Font title = new Font(bold, 16);
        Font heading = new Font(bold, 11);
        Font body = new Font(regular, 11);
        MotionDetails.MotionText text = motion.text();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text.title());
        document.open();
        // The document's own flow lays out every script left to right; a column with a run direction applies the
        // bidirectional algorithm, so that Arabic or Hebrew in a clause reads right to left, joined as written.
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        column.addElement(paragraph(text(locale, "motion.type." + motion.type().name()), body));
        Paragraph titleLine = paragraph(text.title(), title);
        titleLine.setSpacingAfter(12);
        column.addElement(titleLine);
        String date = motion.placement() == null
                ? text(locale, "motion.doc.date-open")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .withZone(MeetingService.MUNICIPALITY)
                        .format(motion.placement().meetingStartsAt());
        column.addElement(paragraph(text(locale, "motion.doc.opening", date), body));
        MotionDetails.Amendment amendment = motion.amendment();
        if (amendment != null) {
            column.addElement(
                    spaced(text(locale, "motion.doc.amends", amendment.motionTitle(), amendment.part()), heading));
            column.addElement(paragraph(
                    text(locale, "motion.doc.old") + " " + (amendment.oldText() == null ? "" : amendment.oldText()),
                    body));
            column.addElement(paragraph(text(locale, "motion.doc.new") + " " + amendment.newText(), body));
        }
        int start = 1;
        start = section(column, text(locale, "motion.doc.findings"), text.findings(), start, heading, body);
        start = section(column, text(locale, "motion.doc.considerations"), text.considerations(), start, heading, body);
        section(column, text(locale, "motion.doc.requests"), text.requests(), start, heading, body);
        column.addElement(spaced(text(locale, "motion.doc.closing"), body));
        String submitters = motion.submitters().stream()
                .filter(s -> s.status() == SubmitterStatus.ACCEPTED)
                .map(s -> s.party() == null ? s.name() : s.name() + " (" + s.party() + ")")
                .collect(Collectors.joining(", "));
        column.addElement(spaced(text(locale, "motion.doc.submitters", submitters), body));
        if (motion.result() != null) {
            column.addElement(spaced(
                    text(
                            locale,
                            "motion.doc.result",
                            text(locale, "motion.result." + motion.result().name())),
                    body));
        }
        column.addElement(paragraph(text(locale, "motion.doc.version", text.version()), body));
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        while (ColumnText.hasMoreText(column.go())) {
            document.newPage();
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        }
        document.close();
        return out.toByteArray();
    }

    private int section(ColumnText column, String name, List<String> clauses, int start, Font heading, Font body) {
        if (clauses.isEmpty()) {
            return start;
        }
        column.addElement(spaced(name, heading));
        int number = start;
        for (String clause : clauses) {
            Paragraph p = paragraph(number + ". " + clause, body);
            p.setIndentationLeft(HANGING);
            p.setFirstLineIndent(-HANGING);
            column.addElement(p);
            number++;
        }
        return number;
    }

    private Paragraph paragraph(String text, Font font) {
        return new Paragraph(printable(text), font);
    }

    private Paragraph spaced(String text, Font font) {
        Paragraph p = paragraph(text, font);
        p.setSpacingBefore(10);
        return p;
    }

    /**
     * The text with what the fonts cannot draw made visible rather than silently left out: a compatibility form
     * (full-width letters) as its plain letters, a mark the font lacks dropped, anything else (emoji) as U+FFFD.
     */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (drawable(c) || Character.isWhitespace(c)) {
                out.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                String plain = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
                out.append(plain.codePoints().allMatch(this::drawable) ? plain : "\uFFFD");
            }
        });
        return out.toString();
    }

    private boolean drawable(int c) {
        return regular.charExists(c) && bold.charExists(c);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
