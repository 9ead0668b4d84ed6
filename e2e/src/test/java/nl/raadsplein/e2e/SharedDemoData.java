package nl.raadsplein.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * The one application's demo data, which journey classes share when they run in parallel. A class that changes
 * it (supports, moderates, edits, logs in as a demo account whose settings another class reads) runs alone; the
 * classes marked {@link ReadOnly} run beside each other.
 */
final class SharedDemoData implements ResourceLocksProvider {

    private static final String KEY = "demo data";

    /**
     * A journey class that leaves the demo data as it found it, as another class running at the same time sees
     * it: it only reads, or changes only what no other read-only class looks at (e.g. the language of its own
     * demo account, set back afterwards).
     */
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface ReadOnly {}

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        ResourceAccessMode mode =
                testClass.isAnnotationPresent(ReadOnly.class) ? ResourceAccessMode.READ : ResourceAccessMode.READ_WRITE;
        return Set.of(new Lock(KEY, mode));
    }
}
