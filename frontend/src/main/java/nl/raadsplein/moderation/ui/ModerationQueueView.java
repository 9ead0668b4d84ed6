package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import nl.raadsplein.moderation.AppealService;
import nl.raadsplein.moderation.AppealView;
import nl.raadsplein.moderation.ModerationActionService;
import nl.raadsplein.moderation.ModerationChanged;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.QueueItem;
import nl.raadsplein.moderation.QueueSort;
import nl.raadsplein.moderation.ReportReceived;
import nl.raadsplein.ui.Formats;

/**
 * The griffie's queue: reported items and items awaiting approval, most reported or oldest first; a row opens
 * the item to decide on it. New reports appear without reloading.
 */
@Route(ModerationQueueView.ROUTE)
@RolesAllowed({"GRIFFIER", "ADMIN"})
public class ModerationQueueView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "beheer/moderatie";

    /** How often at most the queue reloads while reports keep coming in. */
    static final Duration LIVE_PERIOD = Duration.ofSeconds(1);

    private final ModerationQueueService queue;
    private final ModerationActionService actions;
    private final AppealService appealService;
    private final Grid<QueueItem> grid = new Grid<>();
    private final Select<QueueSort> sort = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Paragraph live = new Paragraph();
    private final Grid<AppealView> appeals = new Grid<>();
    private final Paragraph noAppeals = new Paragraph();

    public ModerationQueueView(
            ModerationQueueService queue,
            ModerationActionService actions,
            AppealService appealService,
            ModerationBroadcaster broadcaster) {
        this.queue = queue;
        this.actions = actions;
        this.appealService = appealService;
        addClassName("moderation-queue");
        add(
                new H1(getTranslation("moderationui.queue.title")),
                new Paragraph(getTranslation("moderationui.queue.intro")));

        sort.setLabel(getTranslation("moderationui.queue.sort"));
        sort.setItems(QueueSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("moderationui.queue.sort." + s.name()));
        sort.setValue(QueueSort.MOST_REPORTED);
        sort.addValueChangeListener(e -> refresh());
        add(sort);

        count.addClassName("queue-count");
        live.addClassName("live-status");
        live.getElement().setAttribute("role", "status");
        live.getElement().setAttribute("aria-live", "polite");
        add(count, live);

        grid.addColumn(i -> getTranslation(
                                "moderation.kind." + i.content().type().name())
                        + (i.awaitingApproval() ? " (" + getTranslation("moderationui.queue.awaiting") + ")" : "")
                        + (i.hiddenByReports()
                                ? " (" + getTranslation("moderationui.queue.hidden-by-reports") + ")"
                                : ""))
                .setHeader(getTranslation("moderationui.queue.kind"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.consultationTitle() == null ? "" : i.consultationTitle())
                .setHeader(getTranslation("moderationui.queue.consultation"));
        grid.addColumn(QueueItem::reportCount)
                .setHeader(getTranslation("moderationui.queue.reports"))
                .setAutoWidth(true);
        grid.addColumn(i -> ModerationTexts.reasons(this, i.reasons()))
                .setHeader(getTranslation("moderationui.queue.reasons"));
        grid.addColumn(i -> Formats.dateTime(i.since(), getLocale()))
                .setHeader(getTranslation("moderationui.queue.age"))
                .setAutoWidth(true);
        grid.addColumn(i -> ModerationTexts.summary(this, i, 120))
                .setHeader(getTranslation("moderationui.queue.text"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::openButton)
                .setHeader(getTranslation("moderationui.queue.open"))
                .setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("moderationui.queue.title"));
        grid.addClassName("queue");
        grid.setItems(
                query -> queue.queue(sort.getValue(), null, query.getOffset(), query.getLimit()).stream(),
                query -> queue.countQueue(null));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
        showCount();
        add(appealsSection());

        broadcaster.subscribeCoalesced(this, LIVE_PERIOD, message -> {
            refresh();
            if (message instanceof ReportReceived) {
                live.setText(getTranslation("moderationui.queue.live"));
            } else if (message instanceof ModerationChanged) {
                live.setText(getTranslation("moderationui.queue.changed"));
            }
        });
    }

    private Section appealsSection() {
        appeals.addColumn(a -> Formats.dateTime(a.filedAt(), getLocale()))
                .setHeader(getTranslation("moderationui.appeals.filed"))
                .setAutoWidth(true);
        appeals.addColumn(a ->
                        getTranslation("moderation.kind." + a.content().type().name()))
                .setHeader(getTranslation("moderationui.appeals.kind"))
                .setAutoWidth(true);
        appeals.addColumn(a -> getTranslation("moderation.action." + a.action().name()) + " ("
                        + getTranslation("moderation.reason." + a.reason().name()) + ")")
                .setHeader(getTranslation("moderationui.appeals.action"));
        appeals.addColumn(AppealView::appellantName).setHeader(getTranslation("moderationui.appeals.appellant"));
        appeals.addComponentColumn(a -> {
                    Button open = new Button(
                            getTranslation("moderationui.appeals.open"),
                            e -> new AppealDialog(appealService, queue, a, this::refresh).open());
                    open.addThemeVariants(ButtonVariant.SMALL);
                    open.getElement()
                            .setAttribute(
                                    "aria-label", getTranslation("moderationui.appeals.open-for", a.appellantName()));
                    return open;
                })
                .setHeader(getTranslation("moderationui.appeals.open"))
                .setAutoWidth(true)
                .setFrozenToEnd(true);
        appeals.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        appeals.getElement().setAttribute("aria-label", getTranslation("moderationui.appeals.title"));
        appeals.addClassName("appeals");
        appeals.setItems(
                query -> appealService.openAppeals(query.getOffset(), query.getLimit()).stream(),
                query -> appealService.countOpenAppeals());
        noAppeals.setText(getTranslation("moderationui.appeals.none"));
        showAppealCount();
        return new Section(
                new H2(getTranslation("moderationui.appeals.title")),
                new Paragraph(getTranslation("moderationui.appeals.intro")),
                noAppeals,
                appeals);
    }

    private void showAppealCount() {
        boolean none = appealService.countOpenAppeals() == 0;
        noAppeals.setVisible(none);
        appeals.setVisible(!none);
    }

    private Button openButton(QueueItem item) {
        Button open = new Button(getTranslation("moderationui.queue.open"), e -> open(item));
        open.addThemeVariants(ButtonVariant.SMALL);
        open.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "moderationui.queue.open-for",
                                getTranslation("moderation.kind."
                                                + item.content().type().name()) + " "
                                        + ModerationTexts.summary(this, item, 40)));
        return open;
    }

    private void open(QueueItem item) {
        new ItemDialog(queue, actions, item.content(), this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
        appeals.getDataProvider().refreshAll();
        showAppealCount();
    }

    private void showCount() {
        int total = queue.countQueue(null);
        count.setText(
                total == 0
                        ? getTranslation("moderationui.queue.none")
                        : getTranslation("moderationui.queue.count", total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderationui.queue.title") + " | Raadsplein";
    }
}
