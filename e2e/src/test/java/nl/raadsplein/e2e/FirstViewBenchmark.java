package nl.raadsplein.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's first-view targets against the packaged app with the demo data, printed beside each goal: first and
 * largest contentful paint per route (median of five cold loads, a fresh browser context each, 1280 px wide), and
 * the server heap an open tab holds (50 tabs, heap after a full GC before, with all open, and after they closed).
 * Run by hand, not in {@code verify}:
 *
 * <pre>./mvnw -pl jooq-gen,backend,frontend,e2e install -DskipTests -Dskip.npm=false
 * ./mvnw -pl e2e test -Dgroups=benchmark -DexcludedGroups=none -Dtest=FirstViewBenchmark</pre>
 */
@Tag("benchmark")
class FirstViewBenchmark {

    private static final int LOADS = 5;
    private static final int TABS = 50;
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    /**
     * First and largest contentful paint and the document's first byte, in ms from navigation start. Waits for the
     * first paint: read at once after the network went idle, it was sometimes not there yet.
     */
    private static final String PAINTS = """
            () => new Promise((resolve, reject) => {
              let largest = -1;
              new PerformanceObserver(list => {
                for (const entry of list.getEntries()) largest = entry.startTime;
              }).observe({type: 'largest-contentful-paint', buffered: true});
              new PerformanceObserver(list => {
                const first = list.getEntriesByName('first-contentful-paint')[0];
                if (first) requestAnimationFrame(() => setTimeout(() => {
                  const navigation = performance.getEntriesByType('navigation')[0];
                  resolve([first.startTime, largest, navigation.responseStart]);
                }, 0));
              }).observe({type: 'paint', buffered: true});
              setTimeout(() => reject(new Error('no first contentful paint within 10 s')), 10000);
            })""";

    private static RunningApp app;
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private static BrowserContext desktop(Browser browser) {
        return browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("nl-NL"));
    }

    @Test
    void first_and_largest_contentful_paint_per_route() {
        Browser browser = chromium.browser();
        String proposal = firstProposal(browser);
        for (String route : List.of("/", "/raadplegingen", "/voorstellen", proposal)) {
            double[] first = new double[LOADS];
            double[] largest = new double[LOADS];
            double[] firstByte = new double[LOADS];
            for (int i = 0; i < LOADS; i++) {
                try (BrowserContext context = desktop(browser)) {
                    Page page = context.newPage();
                    page.navigate(app.url(route));
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    List<?> paints = (List<?>) page.evaluate(PAINTS);
                    first[i] = ((Number) paints.get(0)).doubleValue();
                    largest[i] = ((Number) paints.get(1)).doubleValue();
                    firstByte[i] = ((Number) paints.get(2)).doubleValue();
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "[benchmark] %s: first contentful paint %.0f ms (goal under 1,000), largest %.0f ms (goal under"
                            + " 1,500), document's first byte %.0f ms; medians of %d cold loads, each %s%n",
                    route,
                    median(first),
                    median(largest),
                    median(firstByte),
                    LOADS,
                    Arrays.toString(first));
        }
    }

    @Test
    void server_heap_per_open_tab() {
        Browser browser = chromium.browser();
        String proposal = firstProposal(browser);
        for (String route : List.of("/voorstellen", proposal)) {
            long before = heapAfterFullGc();
            List<BrowserContext> tabs = new ArrayList<>();
            for (int i = 0; i < TABS; i++) {
                BrowserContext context = desktop(browser);
                Page page = context.newPage();
                page.navigate(app.url(route));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                tabs.add(context);
            }
            long open = heapAfterFullGc();
            tabs.forEach(BrowserContext::close);
            long closed = heapAfterFullGc();
            // Both differences: the app's baseline has moved by several MB between "before" and "after closing"
            // in runs where the tabs' own heap was gone, and either end alone would count that move as the tabs'.
            System.out.printf(
                    Locale.ROOT,
                    "[benchmark] %s: %,d kB of server heap per open tab against the heap before, %,d kB against the"
                            + " heap after closing (goal at most 250 kB; %d tabs, heap after full GC %,d kB before,"
                            + " %,d kB open, %,d kB after closing)%n",
                    route,
                    (open - before) / TABS,
                    (open - closed) / TABS,
                    TABS,
                    before,
                    open,
                    closed);
        }
    }

    /** The path of the first proposal the demo's list shows. */
    private static String firstProposal(Browser browser) {
        try (BrowserContext context = desktop(browser)) {
            Page page = context.newPage();
            page.navigate(app.url("/voorstellen"));
            return (String) page.waitForFunction("""
                            () => Array.from(document.querySelectorAll('a'))
                                .map(a => new URL(a.href).pathname)
                                .find(path => /^\\/voorstellen\\/\\d+$/.test(path))""").jsonValue();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The app's used heap in kB after a full collection, asked of its JVM with jcmd. */
    private static long heapAfterFullGc() {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(String command) {
        String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString();
        try {
            Process process = new ProcessBuilder(jcmd, Long.toString(app.pid()), command)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
