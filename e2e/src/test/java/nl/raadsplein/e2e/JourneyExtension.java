package nl.raadsplein.e2e;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every {@link Journey} the application, started once per run, and a browser, started once per thread
 * that runs journeys; the root context's store keeps them and closes them (stops the app, closes Chromium)
 * after the last test. A failing journey leaves a screenshot and the page's HTML in {@code e2e/target/journeys/}.
 */
public final class JourneyExtension implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(JourneyExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        RunningApp app = once(store, RunningApp.class, RunningApp.class, RunningApp::start);
        // Playwright's objects belong to the thread that made them, and journeys run on several threads.
        Chromium chromium = once(store, Thread.currentThread().threadId(), Chromium.class, Chromium::launch);
        journey(context).attach(app, chromium);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            String invocation = context.getDisplayName().startsWith("[") ? "." + context.getDisplayName() : "";
            String name = context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName() + invocation;
            String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
            journey(context).keepEvidence(safe.substring(0, Math.min(safe.length(), 150)));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        journey(context).detach();
    }

    private static Journey journey(ExtensionContext context) {
        if (context.getRequiredTestInstance() instanceof Journey journey) {
            return journey;
        }
        throw new IllegalStateException(
                JourneyExtension.class.getSimpleName() + " is for subclasses of " + Journey.class.getSimpleName());
    }

    /** Starts a resource on first use; when that fails, later tests fail at once with the same cause. */
    private static <T extends AutoCloseable> T once(
            ExtensionContext.Store store, Object key, Class<T> type, Supplier<T> start) {
        Started<?> started = store.computeIfAbsent(List.of(type, key), k -> Started.of(start), Started.class);
        return type.cast(started.get());
    }

    private record Started<T extends AutoCloseable>(T value, RuntimeException failure) implements AutoCloseable {

        static <T extends AutoCloseable> Started<T> of(Supplier<T> start) {
            try {
                return new Started<>(start.get(), null);
            } catch (RuntimeException e) {
                return new Started<>(null, e);
            }
        }

        T get() {
            if (failure != null) {
                throw new IllegalStateException("Could not start the harness: " + failure.getMessage(), failure);
            }
            return value;
        }

        @Override
        public void close() throws Exception {
            if (value != null) {
                value.close();
            }
        }
    }
}
