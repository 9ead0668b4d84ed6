package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.raadsplein.moderation.MonthlyCount;
import nl.raadsplein.moderation.PublicLogEntry;
import nl.raadsplein.moderation.PublicLogService;
import nl.raadsplein.ui.Formats;

/**
 * The public moderation log: what the griffie did, when, in which consultation and why (the category), and
 * counts per month. Never the content, its author or who reported it.
 */
@Route(PublicLogView.ROUTE)
@AnonymousAllowed
public class PublicLogView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "moderatie/logboek";

    public PublicLogView(PublicLogService publicLog) {
        addClassName("moderation-log");
        add(new H1(getTranslation("moderationui.log.title")), new Paragraph(getTranslation("moderationui.log.intro")));

        Grid<PublicLogEntry> entries = new Grid<>();
        entries.addColumn(e -> Formats.date(e.actedAt(), getLocale()))
                .setHeader(getTranslation("moderationui.log.date"))
                .setAutoWidth(true);
        entries.addColumn(e -> getTranslation("moderation.kind." + e.type().name()))
                .setHeader(getTranslation("moderationui.log.kind"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.consultationTitle() == null
                        ? getTranslation("moderationui.log.no-consultation")
                        : e.consultationTitle())
                .setHeader(getTranslation("moderationui.log.consultation"));
        entries.addColumn(e -> getTranslation("moderation.action." + e.action().name())
                        + (e.overturned() ? " (" + getTranslation("moderationui.log.overturned") + ")" : ""))
                .setHeader(getTranslation("moderationui.log.action"));
        entries.addColumn(e -> getTranslation("moderation.reason." + e.reason().name()))
                .setHeader(getTranslation("moderationui.log.reason"));
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.getElement().setAttribute("aria-label", getTranslation("moderationui.log.entries"));
        entries.setItems(
                query -> publicLog.publicLog(query.getOffset(), query.getLimit()).stream(),
                query -> publicLog.countPublicLog());
        entries.addClassName("log-entries");
        Section log = new Section(new H2(getTranslation("moderationui.log.entries")));
        if (publicLog.countPublicLog() == 0) {
            log.add(new Paragraph(getTranslation("moderationui.log.none")));
        } else {
            log.add(entries);
        }
        add(log);

        List<MonthlyCount> counts = publicLog.monthlyCounts();
        if (!counts.isEmpty()) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
            Grid<MonthlyCount> monthly = new Grid<>();
            monthly.addColumn(c -> month.format(c.month())).setHeader(getTranslation("moderationui.log.month"));
            monthly.addColumn(c ->
                            getTranslation("moderation.action." + c.action().name()))
                    .setHeader(getTranslation("moderationui.log.action"));
            monthly.addColumn(c ->
                            getTranslation("moderation.reason." + c.reason().name()))
                    .setHeader(getTranslation("moderationui.log.reason"));
            monthly.addColumn(MonthlyCount::count).setHeader(getTranslation("moderationui.log.count"));
            monthly.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            monthly.getElement().setAttribute("aria-label", getTranslation("moderationui.log.monthly"));
            monthly.setAllRowsVisible(true);
            monthly.setItems(counts);
            monthly.addClassName("log-monthly");
            add(new Section(new H2(getTranslation("moderationui.log.monthly")), monthly));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderationui.log.title") + " | Raadsplein";
    }
}
