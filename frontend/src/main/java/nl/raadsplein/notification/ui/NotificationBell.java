package nl.raadsplein.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.notification.NotificationService;

/**
 * The bell in the header: the number of unread notifications, kept current through server push, and the way
 * to the notifications page. Only for a logged-in user.
 */
public class NotificationBell extends Button {

    private final NotificationService notifications;

    public NotificationBell(
            NotificationService notifications,
            NotificationBroadcaster broadcaster,
            AuthenticationContext authentication) {
        super(VaadinIcon.BELL.create());
        this.notifications = notifications;
        addClassName("notification-bell");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        long me = authentication
                .getAuthenticatedUser(AccountPrincipal.class)
                .map(AccountPrincipal::accountId)
                .orElseThrow(() -> new IllegalStateException("The bell is for logged-in users"));
        broadcaster.subscribe(this, event -> {
            if (event.accountIds().contains(me)) {
                refresh();
            }
        });
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        int unread = notifications.unreadCount();
        setText(unread == 0 ? "" : String.valueOf(unread));
        getElement().setAttribute("aria-label", getTranslation("notificationui.bell", unread));
        if (unread > 0) {
            addClassName("has-unread");
        } else {
            removeClassName("has-unread");
        }
    }
}
