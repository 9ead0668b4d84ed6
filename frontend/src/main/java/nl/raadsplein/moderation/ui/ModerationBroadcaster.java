package nl.raadsplein.moderation.ui;

import nl.raadsplein.moderation.ModerationChanged;
import nl.raadsplein.moderation.ReportReceived;
import nl.raadsplein.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open moderation queues that a report came in ({@link ReportReceived}) or an item was handled
 * ({@link ModerationChanged}); heard only once the act has committed.
 */
@Component
public class ModerationBroadcaster extends Broadcaster<Object> {

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportReceived event) {
        broadcast(event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ModerationChanged event) {
        broadcast(event);
    }
}
