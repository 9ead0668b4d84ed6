package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Base class of the end-to-end journeys. Each test gets a fresh browser context (no cookies, locale nl-NL,
 * desktop size unless it asks for {@link #on(Viewport)} first) and page, against one packaged application
 * for the whole run; classes run in parallel where {@link SharedDemoData} allows it, each test on one thread.
 * Vaadin renders asynchronously: wait on what a user sees with Playwright's {@code assertThat(locator)}, never
 * with sleeps.
 */
@ExtendWith(JourneyExtension.class)
@ResourceLock(providers = SharedDemoData.class)
public abstract class Journey {

    protected static final Viewport PHONE = Viewport.PHONE;
    protected static final Viewport DESKTOP = Viewport.DESKTOP;

    static {
        // Generous for a cold application on a two-core CI machine; passing checks return at once.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    private RunningApp app;
    private Chromium chromium;
    private Viewport viewport = DESKTOP;
    private String locale = "nl-NL";
    private BrowserContext context;
    private Page page;
    private APIRequestContext http;
    private final List<BrowserContext> otherBrowsers = new ArrayList<>();
    private final List<Page> evidence = new ArrayList<>();

    final void attach(RunningApp app, Chromium chromium) {
        this.app = app;
        this.chromium = chromium;
    }

    final void detach() {
        evidence.clear();
        otherBrowsers.forEach(BrowserContext::close);
        otherBrowsers.clear();
        if (http != null) {
            http.dispose();
            http = null;
        }
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    /** The screen to browse on; call before the first page is opened. */
    protected final void on(Viewport viewport) {
        requireNoContextYet("on(Viewport)");
        this.viewport = viewport;
    }

    /** The browser's language (Accept-Language, navigator.language); call before the first page is opened. */
    protected final void browserLocale(String languageTag) {
        requireNoContextYet("browserLocale(String)");
        this.locale = languageTag;
    }

    protected final RunningApp app() {
        return app;
    }

    /** This test's browser context, created on first use. */
    protected final BrowserContext context() {
        if (context == null) {
            context = newContext(viewport);
        }
        return context;
    }

    /**
     * Another person's browser next to this test's own (e.g. the administrator's beside the resident's), with
     * the same defaults on the given screen; closed after the test. Its pages are kept as evidence when the
     * test fails.
     */
    protected final BrowserContext anotherBrowser(Viewport viewport) {
        BrowserContext other = newContext(viewport);
        otherBrowsers.add(other);
        return other;
    }

    /**
     * A browser context with this test's defaults on the given screen that the caller closes, e.g. one that
     * the tests of a class share. Pass its page to {@link #keepEvidenceOf(Page)} in each test that uses it.
     */
    protected final BrowserContext newContext(Viewport viewport) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(app.baseUrl())
                .setLocale(locale)
                .setTimezoneId("Europe/Amsterdam")
                .setViewportSize(viewport.width(), viewport.height())
                .setIsMobile(viewport.mobile())
                .setHasTouch(viewport.mobile());
        return chromium.browser().newContext(options);
    }

    /** Keeps a screenshot and the HTML of this page too when the current test fails. */
    protected final void keepEvidenceOf(Page other) {
        evidence.add(other);
    }

    /** This test's page, created on first use. */
    protected final Page page() {
        if (page == null) {
            page = context().newPage();
        }
        return page;
    }

    /**
     * Loads a path such as {@code /agenda/3A.1} and waits until Vaadin has rendered the page's heading.
     * Returns the response to the document request (status, headers).
     */
    protected final Response open(String path) {
        Response response = page().navigate(path);
        assertThat(heading()).isVisible();
        return response;
    }

    /** The page's main heading: the {@code h1} in {@code main}. */
    protected final Locator heading() {
        return page().locator("main#main-content h1");
    }

    /** Runs axe-core (WCAG 2.0 and 2.1, A and AA) on the page as it is now and fails on any violation. */
    protected final void checkAccessibility(String pageName) {
        Axe.check(page(), pageName);
    }

    /** As {@link #checkAccessibility(String)}, on another page, such as one in {@link #anotherBrowser(Viewport)}. */
    protected final void checkAccessibility(Page other, String pageName) {
        Axe.check(other, pageName);
    }

    /**
     * Plain HTTP against the application without a browser and without cookies; redirects are not followed
     * unless a request asks for it.
     */
    protected final APIRequestContext http() {
        if (http == null) {
            http = chromium.playwright()
                    .request()
                    .newContext(new APIRequest.NewContextOptions()
                            .setBaseURL(app.baseUrl())
                            .setMaxRedirects(0));
        }
        return http;
    }

    final void keepEvidence(String name) {
        List<Page> pages = new ArrayList<>();
        if (page != null) {
            pages.add(page);
        }
        otherBrowsers.forEach(other -> pages.addAll(other.pages()));
        evidence.stream().filter(p -> !pages.contains(p)).forEach(pages::add);
        for (int i = 0; i < pages.size(); i++) {
            keepEvidence(pages.get(i), i == 0 ? name : name + "-" + (i + 1));
        }
    }

    private static void keepEvidence(Page page, String name) {
        if (page.isClosed()) {
            return;
        }
        Path dir = Path.of(Settings.required("raadsplein.e2e.work-dir"), "journeys");
        try {
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setFullPage(true));
            Files.writeString(dir.resolve(name + ".html"), page.content(), StandardCharsets.UTF_8);
            System.err.println("Evidence of the failed journey " + name + " (at " + page.url() + ") is in " + dir);
        } catch (IOException | PlaywrightException e) {
            System.err.println("Could not keep evidence of " + name + ": " + e);
        }
    }

    private void requireNoContextYet(String method) {
        if (context != null) {
            throw new IllegalStateException(method + " must come before the first page is opened");
        }
    }
}
