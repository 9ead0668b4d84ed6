package nl.raadsplein.opendata;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.raadsplein.platform.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report of an archive export as PDF/A-1b, the durable form archives take: fonts embedded, an sRGB output intent
 * and XMP metadata. A report is a title and a list of headed sections of lines.
 */
final class ArchiveReport {

    /** A headed part of the report. */
    record Section(String heading, List<String> lines) {}

    private ArchiveReport() {}

    static byte[] write(String title, String subject, List<Section> sections) {
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Font titleFont = new Font(bold, 16);
        Font headingFont = new Font(bold, 11);
        Font body = new Font(regular, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        document.addTitle(title);
        document.addSubject(subject);
        document.addCreator("Raadsplein");
        document.open();
        try {
            writer.setOutputIntents(
                    "Custom",
                    "",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // As in the motion's PDF: a column with a run direction lays out right-to-left scripts as written.
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        Paragraph heading = new Paragraph(title, titleFont);
        heading.setSpacingAfter(12);
        column.addElement(heading);
        for (Section section : sections) {
            Paragraph name = new Paragraph(section.heading(), headingFont);
            name.setSpacingBefore(10);
            name.setSpacingAfter(4);
            column.addElement(name);
            for (String line : section.lines()) {
                column.addElement(new Paragraph(line, body));
            }
        }
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        while (ColumnText.hasMoreText(column.go())) {
            document.newPage();
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        }
        writer.createXmpMetadata();
        document.close();
        return out.toByteArray();
    }
}
