package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.raadsplein.motion.FollowUpFilter;
import nl.raadsplein.motion.FollowUpService;
import nl.raadsplein.motion.FollowUpSummary;
import nl.raadsplein.ui.Formats;

/**
 * The motion monitor: every promise made after an adopted motion, the soonest due first, overdue ones marked, for
 * the griffie to chase and for anyone to check.
 */
@Route(FollowUpsView.ROUTE)
@AnonymousAllowed
public class FollowUpsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "moties/opvolging";

    public FollowUpsView(FollowUpService followUps) {
        addClassName("follow-up-monitor");
        add(new H1(getTranslation("motionui.monitor.title")), new Paragraph(getTranslation("motionui.monitor.intro")));
        Select<FollowUpFilter> filter = new Select<>();
        filter.setLabel(getTranslation("motionui.monitor.filter"));
        filter.setItems(FollowUpFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("motionui.monitor.filter." + f.name()));
        filter.setValue(FollowUpFilter.OPEN);

        Grid<FollowUpSummary> grid = new Grid<>();
        grid.addComponentColumn(
                        f -> new RouterLink(f.motionTitle(), MotionView.class, MotionView.parameters(f.motionId())))
                .setHeader(getTranslation("motionui.monitor.motion"));
        grid.addColumn(FollowUpSummary::promise).setHeader(getTranslation("motionui.followup.promise"));
        grid.addColumn(FollowUpSummary::owner).setHeader(getTranslation("motionui.followup.owner"));
        grid.addColumn(f -> Formats.date(f.dueOn(), getLocale()))
                .setHeader(getTranslation("motionui.followup.due-on"))
                .setAutoWidth(true);
        grid.addColumn(f ->
                        getTranslation("motionui.followup.status." + f.status().name())
                                + (f.overdue() ? " · " + getTranslation("motionui.followup.overdue") : ""))
                .setHeader(getTranslation("motionui.monitor.status"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("motionui.monitor.title"));
        grid.addClassName("follow-up-list");
        Paragraph count = new Paragraph();
        count.addClassName("follow-up-count");
        Runnable load = () -> {
            FollowUpFilter chosen = filter.getValue();
            int total = followUps.count(chosen);
            count.setText(getTranslation("motionui.monitor.count", total));
            grid.setItems(
                    query -> followUps.list(chosen, query.getOffset(), query.getLimit()).stream(), query -> total);
        };
        filter.addValueChangeListener(e -> load.run());
        load.run();
        add(filter, count, grid);
    }

    @Override
    public String getPageTitle() {
        return MotionUi.title(this, "motionui.monitor.title");
    }
}
