package nl.raadsplein.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.stereotype.Component;

/**
 * A jOOQ execute listener, in the application's jOOQ configuration as Spring Boot adds every
 * {@link ExecuteListenerProvider} bean: counts (and keeps, with values inlined) the statements the calling thread executes inside
 * {@link #during}. Idle otherwise.
 */
@Component
public class StatementCounter implements ExecuteListenerProvider {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();
    private final ExecuteListenerProvider provider = new DefaultExecuteListenerProvider(new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext ctx) {
            List<String> statements = STATEMENTS.get();
            if (statements != null) {
                statements.add(
                        ctx.query() == null
                                ? ctx.sql()
                                : DSL.using(ctx.configuration()).renderInlined(ctx.query()));
            }
        }
    });

    @Override
    public ExecuteListener provide() {
        return provider.provide();
    }

    /** The SQL of each statement {@code work} executed on this thread. */
    public static List<String> during(Runnable work) {
        return during(() -> {
                    work.run();
                    return null;
                })
                .statements();
    }

    public static <T> Counted<T> during(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            STATEMENTS.remove();
        }
    }

    public record Counted<T>(T result, List<String> statements) {}
}
