package nl.raadsplein.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands messages from the backend (typically Spring events published after a commit) to the open pages that
 * want them, through server push. A feature makes a Spring bean of a subclass that listens to its event and
 * calls {@link #broadcast}; a component calls {@link #subscribe} and is updated while it is attached.
 *
 * <p>Listeners run on other threads than the one broadcasting, so that a commit never waits for pages.
 */
public class Broadcaster<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);

    private final Set<Consumer<T>> listeners = ConcurrentHashMap.newKeySet();
    private final Executor executor;

    public Broadcaster() {
        this(Executors.newVirtualThreadPerTaskExecutor());
    }

    protected Broadcaster(Executor executor) {
        this.executor = executor;
    }

    /** Calls the listener with every later message, on a background thread, until the registration is removed. */
    public Registration register(Consumer<T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void broadcast(T message) {
        for (Consumer<T> listener : listeners) {
            executor.execute(() -> {
                try {
                    listener.accept(message);
                } catch (RuntimeException e) {
                    LOG.warn("A listener failed on {}", message, e);
                }
            });
        }
    }

    /**
     * While the component is attached, calls {@code onMessage} with each message inside its UI's lock (pushed to
     * the browser afterwards) and with the security context of the user who opened the page, so that it may
     * call the backend's services as that user.
     */
    public Registration subscribe(Component component, SerializableConsumer<T> onMessage) {
        return subscribe(component, onMessage, null);
    }

    /**
     * As {@link #subscribe}, but a burst of messages reaches the component once per {@code period}, with the last
     * of them: for a page that reloads a list on every message, so that a hundred reports a second do not mean a
     * hundred reloads a second for every griffier watching.
     */
    public Registration subscribeCoalesced(Component component, Duration period, SerializableConsumer<T> onMessage) {
        return subscribe(component, onMessage, period);
    }

    private Registration subscribe(Component component, SerializableConsumer<T> onMessage, @Nullable Duration period) {
        Registration[] current = new Registration[1];
        Runnable start = () -> {
            UI ui = component.getUI().orElseThrow();
            SecurityContext user = copyOfCurrentSecurityContext();
            Consumer<T> deliver = message -> access(ui, user, () -> onMessage.accept(message));
            current[0] = register(period == null ? deliver : coalescing(deliver, period, executor));
        };
        Runnable stop = () -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        };
        if (component.isAttached()) {
            start.run();
        }
        Registration attach = component.addAttachListener(e -> {
            stop.run();
            start.run();
        });
        Registration detach = component.addDetachListener(e -> stop.run());
        return () -> {
            attach.remove();
            detach.remove();
            stop.run();
        };
    }

    /**
     * Passes on the last message of each burst: the first message of a burst starts the period, later ones only
     * replace the message waiting to go.
     */
    static <M> Consumer<M> coalescing(Consumer<M> deliver, Duration period, Executor executor) {
        AtomicReference<M> waiting = new AtomicReference<>();
        Executor later = CompletableFuture.delayedExecutor(period.toMillis(), TimeUnit.MILLISECONDS, executor);
        return message -> {
            if (waiting.getAndSet(message) == null) {
                later.execute(() -> deliver.accept(waiting.getAndSet(null)));
            }
        };
    }

    private static SecurityContext copyOfCurrentSecurityContext() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return copy;
    }

    private static void access(UI ui, SecurityContext user, Runnable task) {
        try {
            ui.access(() -> {
                SecurityContext before = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(user);
                try {
                    task.run();
                } finally {
                    SecurityContextHolder.setContext(before);
                }
            });
        } catch (UIDetachedException gone) {
            // The page was closed between the message and now.
        }
    }
}
