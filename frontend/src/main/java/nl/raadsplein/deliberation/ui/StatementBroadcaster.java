package nl.raadsplein.deliberation.ui;

import nl.raadsplein.deliberation.StatementPublished;
import nl.raadsplein.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells every open discussion page that a statement was published, once that is committed. */
@Component
public class StatementBroadcaster extends Broadcaster<StatementPublished> {

    @TransactionalEventListener(fallbackExecution = true)
    void published(StatementPublished event) {
        broadcast(event);
    }
}
