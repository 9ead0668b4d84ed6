package nl.raadsplein.notification;

import java.util.Set;

/**
 * Published after a transaction that changed these accounts' notifications has committed (new ones, or some
 * marked read), so that a user interface can show the new unread count without a reload.
 */
public record NotificationsChanged(Set<Long> accountIds) {

    public NotificationsChanged {
        accountIds = Set.copyOf(accountIds);
    }
}
