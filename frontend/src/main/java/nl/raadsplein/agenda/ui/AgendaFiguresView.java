package nl.raadsplein.agenda.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.motion.CouncilTerm;
import nl.raadsplein.motion.CouncilTermService;
import nl.raadsplein.motion.FiguresPeriod;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.ThemeFiguresRow;
import nl.raadsplein.opendata.ui.OpenDataView;
import nl.raadsplein.ui.Charts;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;

/**
 * The agenda in figures (J6): per theme, democracy and the rule of law first, what residents, the council and the
 * executive did, as a chart with its table, for all time, a council term or a year; the choice is in the address, so
 * a link shows the same figures, and the same figures download as CSV for publication.
 */
@Route(AgendaFiguresView.ROUTE)
@AnonymousAllowed
public class AgendaFiguresView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "agenda/overzicht";
    public static final String TERM_PARAMETER = "raadsperiode";
    public static final String YEAR_PARAMETER = "jaar";

    private final MotionQueries figures;
    private final List<CouncilTerm> terms;
    private final List<Integer> years;
    private final Select<CouncilTerm> term = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Anchor download = new Anchor();
    private final Paragraph period = new Paragraph();
    private final Div themes = new Div();

    public AgendaFiguresView(MotionQueries figures, CouncilTermService councilTerms) {
        this.figures = figures;
        this.terms = councilTerms.terms();
        this.years = figures.overviewYears();
        addClassName("agenda-figures");
        add(
                new H1(getTranslation("agenda.overview.title")),
                new Paragraph(getTranslation("agenda.overview.intro")),
                new Paragraph(new RouterLink(getTranslation("agenda.overview.to-agenda"), AgendaView.class)),
                new Paragraph(new RouterLink(getTranslation("opendataui.agenda-link"), OpenDataView.class)));

        term.setLabel(getTranslation("agenda.overview.term"));
        term.setItems(terms);
        term.setEmptySelectionAllowed(true);
        term.setEmptySelectionCaption(getTranslation("agenda.overview.term.all"));
        term.setItemLabelGenerator(t -> t == null
                ? getTranslation("agenda.overview.term.all")
                : getTranslation(
                        "agenda.overview.term.item",
                        t.name(),
                        String.valueOf(t.startsOn().getYear()),
                        String.valueOf(t.endsOn().getYear())));
        year.setLabel(getTranslation("agenda.overview.year"));
        year.setItems(years);
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("agenda.overview.year.all"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("agenda.overview.year.all") : String.valueOf(y));
        term.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(
                        e.getValue() == null
                                ? FiguresPeriod.ALL_TIME
                                : FiguresPeriod.term(e.getValue().id()));
            }
        });
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(e.getValue() == null ? FiguresPeriod.ALL_TIME : FiguresPeriod.year(e.getValue()));
            }
        });
        Div filters = new Div(term, year);
        filters.addClassName("agenda-figures-filters");
        download.setText(getTranslation("agenda.overview.download"));
        download.addClassName("agenda-figures-download");
        period.addClassName("agenda-figures-period");
        themes.addClassName("agenda-figures-themes");
        add(filters, period, new Paragraph(download), themes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(periodOf(event.getLocation().getQueryParameters().getParameters()));
    }

    /** The period the address names; one it cannot name (an unknown term, a year without data) is all time. */
    private FiguresPeriod periodOf(Map<String, List<String>> parameters) {
        Optional<Long> termId = first(parameters, TERM_PARAMETER).flatMap(RouteIds::tryParse);
        if (termId.isPresent() && terms.stream().anyMatch(t -> t.id() == termId.get())) {
            return FiguresPeriod.term(termId.get());
        }
        return first(parameters, YEAR_PARAMETER)
                .flatMap(value -> years.stream()
                        .filter(y -> String.valueOf(y).equals(value))
                        .findFirst())
                .map(FiguresPeriod::year)
                .orElse(FiguresPeriod.ALL_TIME);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private void choose(FiguresPeriod chosen) {
        getUI().ifPresent(ui -> ui.navigate(AgendaFiguresView.class, parameters(chosen)));
    }

    static QueryParameters parameters(FiguresPeriod period) {
        if (period.termId() != null) {
            return QueryParameters.of(TERM_PARAMETER, String.valueOf(period.termId()));
        }
        if (period.year() != null) {
            return QueryParameters.of(YEAR_PARAMETER, String.valueOf(period.year()));
        }
        return QueryParameters.empty();
    }

    private void show(FiguresPeriod chosen) {
        CouncilTerm chosenTerm = chosen.termId() == null
                ? null
                : terms.stream()
                        .filter(t -> t.id() == chosen.termId())
                        .findFirst()
                        .orElse(null);
        term.setValue(chosenTerm);
        year.setValue(chosen.year());
        period.setText(periodText(chosen, chosenTerm));
        Locale locale = getLocale();
        String fileName = fileName(chosen, chosenTerm);
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = figures.overviewCsv(chosen, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        }));
        download.getElement().setAttribute("download", fileName);
        themes.removeAll();
        figures.overview(chosen).forEach(row -> themes.add(theme(row, locale)));
    }

    private String periodText(FiguresPeriod chosen, @Nullable CouncilTerm chosenTerm) {
        if (chosenTerm != null) {
            return getTranslation(
                    "agenda.overview.period.term",
                    chosenTerm.name(),
                    String.valueOf(chosenTerm.startsOn().getYear()),
                    String.valueOf(chosenTerm.endsOn().getYear()));
        }
        if (chosen.year() != null) {
            return getTranslation("agenda.overview.period.year", String.valueOf(chosen.year()));
        }
        return getTranslation("agenda.overview.period.all");
    }

    private static String fileName(FiguresPeriod chosen, @Nullable CouncilTerm chosenTerm) {
        if (chosenTerm != null) {
            return "agenda-in-cijfers-" + chosenTerm.startsOn().getYear() + "-"
                    + chosenTerm.endsOn().getYear() + ".csv";
        }
        return chosen.year() == null ? "agenda-in-cijfers.csv" : "agenda-in-cijfers-" + chosen.year() + ".csv";
    }

    private Section theme(ThemeFiguresRow row, Locale locale) {
        String name = row.code() + " " + row.name().in(locale);
        H2 heading = new H2(new RouterLink(name, ThemeView.class, new RouteParameters(ThemeView.CODE, row.code())));
        if (row.highlighted()) {
            Span badge = new Span(getTranslation("agenda.first.badge"));
            badge.addClassName("badge");
            heading.add(new Span(" "), badge);
        }
        Section section = new Section(heading);
        section.addClassName("agenda-figures-theme");
        section.getElement().setAttribute("data-theme", row.code());
        List<FigureLines> lines = FigureLines.of(row.figures());
        List<String> labels =
                lines.stream().map(line -> getTranslation(line.key())).toList();
        List<String> described = lines.stream()
                .map(line -> getTranslation("agenda.overview.chart.line", getTranslation(line.key()), line.count()))
                .toList();
        section.add(Charts.chart(ThemeFiguresSvg.render(
                "figures-" + row.code().replace('.', '-'),
                lines,
                labels,
                getTranslation("agenda.overview.chart.title", name),
                String.join("; ", described))));
        NativeTable table = Charts.table(
                getTranslation("agenda.overview.table", name),
                List.of(
                        getTranslation("agenda.overview.column.figure"),
                        getTranslation("agenda.overview.column.count")));
        NativeTableBody body = Charts.body(table);
        for (int i = 0; i < lines.size(); i++) {
            body.add(Charts.row(
                    labels.get(i),
                    getTranslation("agenda.theme.figures.count", lines.get(i).count())));
        }
        table.addClassName("agenda-figures-table");
        section.add(table);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.overview.title") + " | Raadsplein";
    }
}
