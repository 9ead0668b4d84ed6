package nl.raadsplein.deliberation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.deliberation.opinion.OpinionModel.GroupVotes;
import nl.raadsplein.deliberation.opinion.OpinionModel.RankedStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.StatementFigures;
import nl.raadsplein.deliberation.opinion.PolisWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The report as files: its figures per statement as CSV (for a spreadsheet) and the council's reading pack as PDF,
 * with a Unicode font embedded so that statements in any European, Greek, Cyrillic, Arabic or Hebrew script read
 * as written.
 */
@Service
public class ReportDocumentService {

    /** Cells a spreadsheet would run as a formula get a leading apostrophe. */
    private final DiscussionReportService reports;

    private final ReadingPack readingPack;

    ReportDocumentService(DiscussionReportService reports, ReadingPack readingPack) {
        this.reports = reports;
        this.readingPack = readingPack;
    }

    /**
     * One row per statement with votes: its text, the counts, the model's figures, the lists it is in, and the
     * votes per group.
     */
    @PreAuthorize("permitAll()")
    public byte[] figuresCsv(long discussionId) {
        DiscussionReport report = reports.report(discussionId);
        OpinionModel model = report.model();
        List<Integer> groups = model == null
                ? List.of()
                : model.groups().stream().map(OpinionModel.Group::id).toList();
        List<String> header = new ArrayList<>(List.of(
                "statement",
                "text",
                "agree",
                "disagree",
                "pass",
                "group_aware_consensus",
                "divisiveness",
                "consensus",
                "divisive",
                "uncertain",
                "representative_for"));
        for (int g : groups) {
            String name = "group_" + DiscussionReport.letter(g);
            header.addAll(List.of(name + "_agree", name + "_disagree", name + "_pass"));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(header);
            if (model != null) {
                Map<Long, String> representative = representativeFor(model);
                for (StatementFigures s : model.statements()) {
                    if (!report.statements().containsKey(s.statement())) {
                        continue;
                    }
                    List<Object> row = new ArrayList<>(List.of(
                            s.statement(),
                            PolisWriter.guarded(report.text(s.statement())),
                            s.agree(),
                            s.disagree(),
                            s.pass(),
                            String.format(Locale.ROOT, "%.4f", s.groupAwareConsensus()),
                            String.format(Locale.ROOT, "%.4f", s.divisiveness()),
                            in(model.consensus(), s.statement()),
                            in(model.divisive(), s.statement()),
                            s.uncertain(),
                            representative.getOrDefault(s.statement(), "")));
                    Map<Integer, GroupVotes> perGroup = new HashMap<>();
                    s.perGroup().forEach(v -> perGroup.put(v.group(), v));
                    for (int g : groups) {
                        GroupVotes v = perGroup.getOrDefault(g, new GroupVotes(g, 0, 0, 0));
                        row.addAll(List.of(v.agree(), v.disagree(), v.pass()));
                    }
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The council's reading pack in the reader's language. */
    @PreAuthorize("permitAll()")
    public byte[] readingPack(long discussionId, Locale locale) {
        return readingPack.write(reports.report(discussionId), locale);
    }

    private static boolean in(List<RankedStatement> list, long statement) {
        return list.stream().anyMatch(r -> r.statement() == statement);
    }

    /** Per statement the letters of the groups it is representative of, such as "A B". */
    private static Map<Long, String> representativeFor(OpinionModel model) {
        Map<Long, List<String>> letters = new TreeMap<>();
        for (OpinionModel.Group g : model.groups()) {
            g.representative()
                    .forEach(r -> letters.computeIfAbsent(r.statement(), s -> new ArrayList<>())
                            .add(DiscussionReport.letter(g.id())));
        }
        Map<Long, String> joined = new HashMap<>();
        letters.forEach((s, l) -> joined.put(s, String.join(" ", l)));
        return joined;
    }
}
