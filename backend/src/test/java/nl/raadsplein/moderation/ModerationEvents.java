package nl.raadsplein.moderation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Records the moderation events as a live view would receive them. */
@Component
public class ModerationEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportReceived event) {
        events.add(event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ModerationChanged event) {
        events.add(event);
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
