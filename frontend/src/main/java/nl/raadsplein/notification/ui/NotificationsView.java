package nl.raadsplein.notification.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.notification.Notification;
import nl.raadsplein.notification.NotificationFrequency;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.InputErrors;

/**
 * My notifications, newest first, each a link to what it is about; following a link marks it read. Also how
 * often I want mail about them.
 */
@Route(NotificationsView.ROUTE)
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "meldingen";
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    // ClickEvent carries @DomEvent("click"): listening to it on an Anchor listens to the browser's click.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<ClickEvent<Anchor>> CLICK = (Class) ClickEvent.class;

    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();
    private final DateTimeFormatter time;

    public NotificationsView(
            NotificationService notifications,
            NotificationBroadcaster broadcaster,
            AuthenticationContext authentication) {
        this.notifications = notifications;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(MUNICIPALITY);
        addClassName("notifications-view");
        add(new H1(getTranslation("notificationui.title")), new Paragraph(getTranslation("notificationui.intro")));

        Button markAllRead = new Button(getTranslation("notificationui.mark-all-read"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
            InputErrors.confirm(getTranslation("notificationui.all-read"));
        });
        HorizontalLayout tools = new HorizontalLayout(frequencySelect(), markAllRead);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools);

        grid.addComponentColumn(this::titleLink)
                .setHeader(getTranslation("notificationui.column.notification"))
                .setFlexGrow(3);
        grid.addColumn(n -> time.format(n.createdAt()))
                .setHeader(getTranslation("notificationui.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> getTranslation(n.read() ? "notificationui.read" : "notificationui.unread"))
                .setHeader(getTranslation("notificationui.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(n -> n.read() ? null : "unread");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("notificationui.title"));
        grid.setEmptyStateText(getTranslation("notificationui.empty"));
        grid.setItems(
                query -> notifications.mine(query.getOffset(), query.getLimit()).stream(),
                query -> notifications.countMine());
        add(grid);

        long me = authentication
                .getAuthenticatedUser(AccountPrincipal.class)
                .map(AccountPrincipal::accountId)
                .orElseThrow(() -> new IllegalStateException("Notifications are for logged-in users"));
        broadcaster.subscribe(this, event -> {
            if (event.accountIds().contains(me)) {
                grid.getDataProvider().refreshAll();
            }
        });
    }

    private Select<NotificationFrequency> frequencySelect() {
        Select<NotificationFrequency> frequency = new Select<>();
        frequency.setLabel(getTranslation("notificationui.frequency"));
        frequency.setHelperText(getTranslation("notificationui.frequency-help"));
        frequency.setItems(List.of(NotificationFrequency.values()));
        frequency.setItemLabelGenerator(f -> getTranslation("notificationui.frequency." + f.name()));
        frequency.setValue(notifications.frequency());
        frequency.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                notifications.setFrequency(e.getValue());
                InputErrors.confirm(getTranslation("notificationui.frequency-saved"));
            }
        });
        return frequency;
    }

    // The title is text someone else may have typed: an Anchor's text is never read as markup.
    private Anchor titleLink(Notification notification) {
        // Relative to the page's base, so the link also works when the application does not live at the root.
        Anchor link = new Anchor(notification.link().substring(1), notification.title());
        link.addClassName(notification.read() ? "notification-read" : "notification-unread");
        if (!notification.read()) {
            ComponentUtil.addListener(link, CLICK, e -> markRead(notification));
        }
        return link;
    }

    private void markRead(Notification notification) {
        try {
            notifications.markRead(notification.id());
        } catch (NoSuchItemException gone) {
            // Deleted with its account meanwhile: nothing to mark.
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notificationui.title") + " | Raadsplein";
    }
}
