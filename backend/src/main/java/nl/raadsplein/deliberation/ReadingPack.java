package nl.raadsplein.deliberation;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.deliberation.DiscussionReport.GroupWeights;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.deliberation.opinion.OpinionModel.RankedStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.StatementFigures;
import nl.raadsplein.platform.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The council's reading pack: the question, the counts, the groups with what sets each apart, what nearly everyone
 * shares, what divides and what many passed on, and the value weights per group, in DejaVu Sans (embedded).
 */
@Component
class ReadingPack {

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    ReadingPack(MessageSource messages) {
        this.messages = messages;
        this.regular = PdfFonts.regular();
        this.bold = PdfFonts.bold();
    }

    byte[] write(DiscussionReport report, Locale locale) {
        Font title = new Font(bold, 16);
        Font heading = new Font(bold, 12);
        Font body = new Font(regular, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(locale, "opinionreport.pack.title", report.question()));
        document.open();
        document.add(new Paragraph(text(locale, "opinionreport.pack.title", report.question()), title));
        document.add(new Paragraph(
                text(
                        locale,
                        "opinionreport.pack.counts",
                        report.participantCount(),
                        report.voteCount(),
                        report.statementCount()),
                body));
        document.add(new Paragraph(
                report.computedAt() == null
                        ? text(locale, "opinionreport.pack.not-computed")
                        : text(locale, "opinionreport.pack.computed", dateTime(report.computedAt(), locale)),
                body));
        if (report.imported()) {
            document.add(new Paragraph(text(locale, "opinionreport.pack.imported"), body));
        }
        OpinionModel model = report.model();
        if (model != null) {
            for (OpinionModel.Group group : model.groups()) {
                section(
                        document,
                        text(locale, "opinionreport.pack.group", DiscussionReport.letter(group.id()), group.size()),
                        heading);
                for (OpinionModel.RepresentativeStatement r : group.representative()) {
                    document.add(new Paragraph(
                            "• " + report.text(r.statement()) + " — "
                                    + text(
                                            locale,
                                            "opinionreport.pack.share",
                                            Math.round(100 * r.agreeShare()),
                                            Math.round(100 * r.disagreeShare())),
                            body));
                }
            }
            list(document, report, model, model.consensus(), "opinionreport.pack.consensus", locale, heading, body);
            list(document, report, model, model.divisive(), "opinionreport.pack.divisive", locale, heading, body);
            list(document, report, model, model.uncertain(), "opinionreport.pack.uncertain", locale, heading, body);
        }
        if (!report.valueWeights().isEmpty()) {
            section(document, text(locale, "opinionreport.pack.values"), heading);
            document.add(weights(report, locale, body));
        }
        document.close();
        return out.toByteArray();
    }

    private void list(
            Document document,
            DiscussionReport report,
            OpinionModel model,
            List<RankedStatement> statements,
            String key,
            Locale locale,
            Font heading,
            Font body) {
        section(document, text(locale, key), heading);
        if (statements.isEmpty()) {
            document.add(new Paragraph(text(locale, "opinionreport.pack.none"), body));
        }
        for (RankedStatement r : statements) {
            StatementFigures f = model.statements().stream()
                    .filter(s -> s.statement() == r.statement())
                    .findFirst()
                    .orElse(null);
            String counts = f == null
                    ? ""
                    : " — " + text(locale, "opinionreport.pack.votes", f.agree(), f.disagree(), f.pass());
            document.add(new Paragraph("• " + report.text(r.statement()) + counts, body));
        }
    }

    private PdfPTable weights(DiscussionReport report, Locale locale, Font body) {
        PdfPTable table = new PdfPTable(1 + report.valueWeights().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell(text(locale, "opinionreport.pack.value"), body));
        for (GroupWeights g : report.valueWeights()) {
            table.addCell(cell(
                    g.group() < 0
                            ? text(locale, "opinionreport.pack.everyone", g.weighed())
                            : text(
                                    locale,
                                    "opinionreport.pack.group-weighed",
                                    DiscussionReport.letter(g.group()),
                                    g.weighed()),
                    body));
        }
        for (int v = 0; v < report.values().size(); v++) {
            DiscussionReport.ValueName value = report.values().get(v);
            table.addCell(cell("en".equals(locale.getLanguage()) ? value.nameEn() : value.nameNl(), body));
            for (GroupWeights g : report.valueWeights()) {
                PdfPCell c = cell(String.valueOf(Math.round(g.averages().get(v))), body);
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        return new PdfPCell(new Phrase(text, font));
    }

    private static void section(Document document, String text, Font heading) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String dateTime(java.time.Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(MUNICIPALITY)
                .format(instant);
    }
}
