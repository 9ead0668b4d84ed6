package nl.raadsplein.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One Playwright and one headless Chromium for the whole run; each journey gets its own browser context.
 * The browser is Debian's {@code chromium} unless {@code -Dchromium.path=...} (or the environment variable
 * {@code RAADSPLEIN_E2E_CHROMIUM}) names another; the value {@code bundled} uses a browser that
 * Playwright's own CLI installed.
 */
final class Chromium implements AutoCloseable {

    static final String DEFAULT_PATH = "/usr/bin/chromium";
    static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        String path = Settings.optional("raadsplein.e2e.chromium")
                .or(() -> Settings.env("RAADSPLEIN_E2E_CHROMIUM"))
                .orElse(DEFAULT_PATH);
        BrowserType.LaunchOptions options =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        if (!"bundled".equals(path)) {
            if (!Files.isExecutable(Path.of(path))) {
                throw new IllegalStateException("No Chromium at " + path
                        + ": install Debian's (apt-get install -y chromium) or pass -Dchromium.path=...");
            }
            options.setExecutablePath(Path.of(path));
        }
        Playwright playwright = Playwright.create();
        try {
            return new Chromium(playwright, playwright.chromium().launch(options));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Playwright playwright() {
        return playwright;
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        playwright.close();
    }
}
