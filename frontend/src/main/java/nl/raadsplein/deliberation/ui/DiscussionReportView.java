package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.raadsplein.deliberation.DiscussionReport;
import nl.raadsplein.deliberation.DiscussionReport.GroupWeights;
import nl.raadsplein.deliberation.DiscussionReportService;
import nl.raadsplein.deliberation.PolisExportService;
import nl.raadsplein.deliberation.ReportDocumentService;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.deliberation.opinion.OpinionModel.Placement;
import nl.raadsplein.deliberation.opinion.OpinionModel.RankedStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.StatementFigures;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.ui.CitingMotions;
import nl.raadsplein.opendata.ArchiveService;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.Charts;
import nl.raadsplein.ui.Downloads;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.RouteIds;

/**
 * The report of a value discussion for the council and everyone else: the counts and when the groups were last
 * computed, the opinion map, what sets each group apart, what nearly everyone shares, what divides and what many
 * are unsure of, the value weights per group, and the downloads. Every chart has a text alternative and a table.
 */
@Route(DiscussionReportView.ROUTE)
@AnonymousAllowed
public class DiscussionReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "waardendiscussies/:id/verslag";
    public static final String ID = "id";

    private final DiscussionReportService reports;
    private final PolisExportService exports;
    private final ReportDocumentService documents;
    private final MotionQueries motions;
    private final ArchiveService archives;
    private final AuthenticationContext authentication;
    private String title = "";

    public DiscussionReportView(
            DiscussionReportService reports,
            PolisExportService exports,
            ReportDocumentService documents,
            MotionQueries motions,
            ArchiveService archives,
            AuthenticationContext authentication) {
        this.archives = archives;
        this.authentication = authentication;
        this.reports = reports;
        this.exports = exports;
        this.documents = documents;
        this.motions = motions;
        addClassName("discussion-report");
    }

    public static RouteParameters parameters(long discussionId) {
        return new RouteParameters(ID, String.valueOf(discussionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get(ID).orElse(""));
        try {
            show(reports.report(id));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
    }

    private void show(DiscussionReport report) {
        removeAll();
        title = getTranslation("opinionui.title", report.question());
        add(new H1(title));
        add(new Paragraph(
                new Anchor("/waardendiscussies/" + report.discussionId(), getTranslation("opinionui.to-discussion"))));
        add(summary(report));
        OpinionModel model = report.model();
        if (model == null || model.groups().isEmpty()) {
            add(new Paragraph(getTranslation("opinionui.no-groups")));
        } else {
            add(map(report, model), groups(report, model));
            add(ranked(
                    report,
                    model,
                    model.consensus(),
                    "opinionui.consensus.title",
                    "opinionui.consensus.explanation",
                    "report-consensus"));
            add(ranked(
                    report,
                    model,
                    model.divisive(),
                    "opinionui.divisive.title",
                    "opinionui.divisive.explanation",
                    "report-divisive"));
            add(ranked(
                    report,
                    model,
                    model.uncertain(),
                    "opinionui.uncertain.title",
                    "opinionui.uncertain.explanation",
                    "report-uncertain"));
        }
        if (!report.valueWeights().isEmpty()) {
            add(values(report));
        }
        add(new CitingMotions(motions, CitationKind.DISCUSSION, report.discussionId()));
        add(downloads(report));
    }

    private Component summary(DiscussionReport report) {
        Locale locale = getLocale();
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("opinionui.participants", report.participantCount())),
                new ListItem(getTranslation("opinionui.votes", report.voteCount())),
                new ListItem(getTranslation("opinionui.statements", report.statementCount())),
                new ListItem(
                        report.computedAt() == null
                                ? getTranslation("opinionui.not-computed")
                                : getTranslation("opinionui.computed", Formats.dateTime(report.computedAt(), locale))));
        facts.addClassName("report-facts");
        if (report.finalReportAt() != null) {
            facts.add(
                    new ListItem(getTranslation("opinionui.final", Formats.dateTime(report.finalReportAt(), locale))));
        } else if (report.closed()) {
            facts.add(new ListItem(getTranslation("opinionui.closed-pending")));
        } else {
            facts.add(
                    new ListItem(getTranslation("opinionui.open-until", Formats.dateTime(report.closesAt(), locale))));
        }
        if (report.imported()) {
            facts.add(new ListItem(getTranslation("opinionui.imported")));
        }
        return facts;
    }

    private String groupName(int group) {
        return getTranslation("opinionui.group", DiscussionReport.letter(group));
    }

    private Section map(DiscussionReport report, OpinionModel model) {
        Section section = new Section(new H2(getTranslation("opinionui.map.title")));
        section.addClassName("report-map");
        Long viewer = report.viewerParticipant();
        Placement own = viewer == null
                ? null
                : model.placements().stream()
                        .filter(p -> p.participant() == viewer)
                        .findFirst()
                        .orElse(null);
        List<String> sizes = model.groups().stream()
                .map(g -> getTranslation("opinionui.map.group-size", groupName(g.id()), g.size()))
                .toList();
        String description = getTranslation(
                "opinionui.map.description", placed(model), model.groups().size(), String.join("; ", sizes));
        if (own != null) {
            description += " "
                    + (own.group() >= 0
                            ? getTranslation("opinionui.map.you-in", groupName(own.group()))
                            : getTranslation("opinionui.map.you-outside"));
        }
        section.add(new Paragraph(getTranslation("opinionui.map.explanation")));
        section.add(Charts.chart(OpinionMapSvg.render(
                model,
                viewer,
                getTranslation("opinionui.map.title"),
                description,
                getTranslation("opinionui.map.you"))));
        NativeTable table = Charts.table(
                getTranslation("opinionui.map.table"),
                List.of(
                        getTranslation("opinionui.column.group"),
                        getTranslation("opinionui.column.participants"),
                        getTranslation("opinionui.column.you")));
        NativeTableBody body = Charts.body(table);
        model.groups()
                .forEach(g -> body.add(Charts.row(
                        groupName(g.id()),
                        String.valueOf(g.size()),
                        own != null && own.group() == g.id() ? getTranslation("opinionui.map.you-here") : "")));
        table.addClassName("opinion-map-table");
        section.add(table);
        return section;
    }

    private static long placed(OpinionModel model) {
        return model.placements().stream().filter(p -> p.group() >= 0).count();
    }

    private Section groups(DiscussionReport report, OpinionModel model) {
        Section section = new Section(new H2(getTranslation("opinionui.groups.title")));
        section.addClassName("report-groups");
        for (OpinionModel.Group group : model.groups()) {
            section.add(new H3(getTranslation("opinionui.groups.group", groupName(group.id()), group.size())));
            if (group.representative().isEmpty()) {
                section.add(new Paragraph(getTranslation("opinionui.none")));
                continue;
            }
            UnorderedList list = new UnorderedList();
            group.representative()
                    .forEach(r -> list.add(new ListItem(
                            new Span(report.text(r.statement())),
                            new Span(" — "
                                    + getTranslation(
                                            "opinionui.groups.share",
                                            Math.round(100 * r.agreeShare()),
                                            Math.round(100 * r.disagreeShare()))))));
            section.add(list);
        }
        return section;
    }

    private Section ranked(
            DiscussionReport report,
            OpinionModel model,
            List<RankedStatement> statements,
            String titleKey,
            String explanationKey,
            String className) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName(className);
        section.add(new Paragraph(getTranslation(explanationKey)));
        if (statements.isEmpty()) {
            section.add(new Paragraph(getTranslation("opinionui.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (RankedStatement r : statements) {
            StatementFigures f = model.statements().stream()
                    .filter(s -> s.statement() == r.statement())
                    .findFirst()
                    .orElse(null);
            ListItem item = new ListItem(new Span(report.text(r.statement())));
            if (f != null) {
                item.add(new Span(" — " + getTranslation("opinionui.counts", f.agree(), f.disagree(), f.pass())));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section values(DiscussionReport report) {
        Section section = new Section(new H2(getTranslation("opinionui.values.title")));
        section.addClassName("report-values");
        boolean english = "en".equals(getLocale().getLanguage());
        List<String> names = report.values().stream()
                .map(v -> english ? v.nameEn() : v.nameNl())
                .toList();
        List<String> groups = new ArrayList<>();
        for (GroupWeights g : report.valueWeights()) {
            groups.add(g.group() < 0 ? getTranslation("opinionui.everyone") : groupName(g.group()));
        }
        List<String> summary = new ArrayList<>();
        GroupWeights everyone = report.valueWeights().getFirst();
        for (int v = 0; v < names.size(); v++) {
            summary.add(names.get(v) + " " + Math.round(everyone.averages().get(v)));
        }
        section.add(Charts.chart(ValueWeightsSvg.render(
                names,
                report.valueWeights(),
                groups,
                getTranslation("opinionui.values.title"),
                getTranslation("opinionui.values.description", everyone.weighed(), String.join(", ", summary)))));
        List<String> header = new ArrayList<>();
        header.add(getTranslation("opinionui.column.value"));
        for (int g = 0; g < groups.size(); g++) {
            header.add(groups.get(g) + " (" + report.valueWeights().get(g).weighed() + ")");
        }
        NativeTable table = Charts.table(getTranslation("opinionui.values.table"), header);
        NativeTableBody body = Charts.body(table);
        for (int v = 0; v < names.size(); v++) {
            List<String> cells = new ArrayList<>();
            cells.add(names.get(v));
            for (GroupWeights g : report.valueWeights()) {
                cells.add(String.valueOf(Math.round(g.averages().get(v))));
            }
            body.add(Charts.row(cells.toArray(String[]::new)));
        }
        table.addClassName("value-weights-table");
        section.add(table);
        return section;
    }

    private Section downloads(DiscussionReport report) {
        long id = report.discussionId();
        Section section = new Section(new H2(getTranslation("opinionui.downloads.title")));
        section.addClassName("report-downloads");
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList(
                new ListItem(download(
                        "opinionui.downloads.pdf",
                        PolisExportService.fileName(id, "verslag.pdf"),
                        "application/pdf",
                        () -> documents.readingPack(id, locale))),
                new ListItem(download(
                        "opinionui.downloads.csv",
                        PolisExportService.fileName(id, "cijfers.csv"),
                        "text/csv",
                        () -> documents.figuresCsv(id))),
                new ListItem(download(
                        "opinionui.downloads.polis",
                        PolisExportService.fileName(id, "polis.zip"),
                        "application/zip",
                        () -> exports.polisZip(id))));
        if (report.closed() && authentication.hasAnyRole("GRIFFIER", "ADMIN")) {
            ListItem archive = new ListItem(download(
                    "opinionui.downloads.archive",
                    PolisExportService.fileName(id, "archief.zip"),
                    "application/zip",
                    () -> archives.discussion(id).zip()));
            archive.addClassName("archive-export");
            list.add(archive);
        }
        section.add(list);
        return section;
    }

    private Anchor download(String key, String fileName, String type, Supplier<byte[]> content) {
        return Downloads.link(getTranslation(key), fileName, type, content);
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
