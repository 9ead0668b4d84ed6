package nl.raadsplein.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Hands news to every open view that registered for it, for server push. Each listener runs on its own virtual
 * thread, so a slow or locked session never holds up the sender (typically a transaction that just committed);
 * a listener changes its view inside {@code ui.access}. Views register on attach and remove the registration on
 * detach. Subclass it as a Spring bean per kind of news.
 */
public class Broadcaster<T> {

    private final Set<Consumer<T>> listeners = new CopyOnWriteArraySet<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public Registration register(Consumer<T> listener) {
        // A fresh wrapper per registration: the same listener may register twice and unregister once.
        Consumer<T> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    public void broadcast(T news) {
        for (Consumer<T> listener : listeners) {
            executor.execute(() -> listener.accept(news));
        }
    }

    /** How many views listen now (for tests and metrics). */
    public int listenerCount() {
        return listeners.size();
    }
}
