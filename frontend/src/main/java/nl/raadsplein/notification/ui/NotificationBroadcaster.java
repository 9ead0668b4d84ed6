package nl.raadsplein.notification.ui;

import nl.raadsplein.notification.NotificationsChanged;
import nl.raadsplein.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells open pages whose user's notifications changed; heard only once the act has committed. */
@Component
public class NotificationBroadcaster extends Broadcaster<NotificationsChanged> {

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationsChanged event) {
        broadcast(event);
    }
}
