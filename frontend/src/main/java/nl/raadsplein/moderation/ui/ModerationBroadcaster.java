package nl.raadsplein.moderation.ui;

import nl.raadsplein.moderation.ModerationChanged;
import nl.raadsplein.moderation.ReportReceived;
import nl.raadsplein.ui.Broadcaster;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open moderation queues that a report came in ({@link ReportReceived}) or an item was handled
 * ({@link ModerationChanged}); the backend publishes both after commit.
 */
@Component
public class ModerationBroadcaster extends Broadcaster<Object> {

    @EventListener
    void on(ReportReceived event) {
        broadcast(event);
    }

    @EventListener
    void on(ModerationChanged event) {
        broadcast(event);
    }
}
