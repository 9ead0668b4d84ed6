package nl.raadsplein.proposal.ui;

import nl.raadsplein.proposal.SupportChanged;
import nl.raadsplein.ui.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells every open proposal page that a support count changed, once the change is committed. */
@Component
public class SupportBroadcaster extends Broadcaster<SupportChanged> {

    @TransactionalEventListener(fallbackExecution = true)
    void supportChanged(SupportChanged event) {
        broadcast(event);
    }
}
