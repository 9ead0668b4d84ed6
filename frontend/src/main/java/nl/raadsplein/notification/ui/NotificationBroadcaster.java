package nl.raadsplein.notification.ui;

import nl.raadsplein.notification.NotificationsChanged;
import nl.raadsplein.ui.Broadcaster;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells open pages whose user's notifications changed; the backend publishes the event after commit. */
@Component
public class NotificationBroadcaster extends Broadcaster<NotificationsChanged> {

    @EventListener
    void on(NotificationsChanged event) {
        broadcast(event);
    }
}
