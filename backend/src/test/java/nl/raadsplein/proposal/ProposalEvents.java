package nl.raadsplein.proposal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the proposal events the tests expect, as a listener in the publishing transaction would see them. */
@Component
public class ProposalEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ProposalSubmitted event) {
        events.add(event);
    }

    @EventListener
    void on(SupportChanged event) {
        events.add(event);
    }

    @EventListener
    void on(ProposalReachedThreshold event) {
        events.add(event);
    }

    @EventListener
    void on(CommentPosted event) {
        events.add(event);
    }

    @EventListener
    void on(ProposalAnswered event) {
        events.add(event);
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
