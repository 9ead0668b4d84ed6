package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a browser and an attacker see of the application's defences. */
// Ends only the session it started.
@SharedDemoData.Uses(shared = RESIDENT_ACCOUNT)
class SecurityJourneyTest extends Journey {

    @Test
    void pages_are_served_with_the_security_headers() {
        Response response = open("/agenda");

        Map<String, String> headers = response.allHeaders();
        assertThat(headers.get("content-security-policy"))
                .as("Content-Security-Policy")
                .contains("frame-ancestors 'none'");
        assertThat(headers.get("x-content-type-options"))
                .as("X-Content-Type-Options")
                .isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).as("Referrer-Policy").isNotBlank();
        assertThat(headers.get("permissions-policy")).as("Permissions-Policy").isNotBlank();
    }

    @Test
    void the_scripts_a_page_loads_are_cached_for_a_year_and_come_compressed() {
        open("/voorstellen");
        checkAccessibility("proposals");
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) page().evaluate("() => performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).pathname).filter(p => p.startsWith('/VAADIN/build/'))");
        assertThat(scripts).as("bundle files the page loaded").isNotEmpty();

        APIResponse script =
                http().get(scripts.getFirst(), RequestOptions.create().setHeader("Accept-Encoding", "br, gzip"));
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers().get("cache-control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(script.headers().get("content-encoding")).isEqualTo("br");
        assertThat(script.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(script.text()).as("decoded by the client").isNotBlank();

        APIResponse again = http().get(
                        scripts.getFirst(),
                        RequestOptions.create()
                                .setHeader("Accept-Encoding", "br, gzip")
                                .setHeader("If-None-Match", script.headers().get("etag")));
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void liveness_probe_is_public() {
        APIResponse liveness = http().get("/actuator/health/liveness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.text()).contains("\"UP\"");
    }

    @Test
    void prometheus_metrics_are_not_public() {
        APIResponse metrics = http().get("/actuator/prometheus");

        assertThat(metrics.status())
                .as("status of /actuator/prometheus without login")
                .isNotEqualTo(200);
        assertThat(metrics.text()).doesNotContain("# HELP", "jvm_memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/agenda/' OR '1'='1", "/agenda/%3Csvg%20onload=alert(1)%3E", "/agenda/{{7*7}}"})
    void hostile_input_in_the_url_gives_the_not_found_page_and_is_not_rendered_as_markup(String path) {
        List<String> dialogs = new ArrayList<>();
        page().onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });

        Response response = page().navigate(path);

        // All of these are checked and reported, also when the first fails.
        assertAll(
                () -> assertThat(heading()).hasText("Pagina niet gevonden"),
                () -> assertThat(response.status())
                        .as("HTTP status of the document " + response.url())
                        .isEqualTo(404),
                () -> assertThat(dialogs).as("dialogs opened by the page").isEmpty(),
                () -> assertThat((Number) page().evaluate("() => Array.from(document.scripts)"
                                + ".filter(s => s.textContent.trim() === 'alert(1)').length"))
                        .as("script elements made from the input")
                        .extracting(Number::intValue)
                        .isEqualTo(0),
                () -> assertThat(page().content()).as("the page's HTML").doesNotContain("<script>alert(1)"),
                () -> assertThat(page().locator("main#main-content script")).hasCount(0));
    }

    @Test
    void an_encoded_slash_in_the_address_gets_a_plain_bilingual_page_with_the_security_headers() {
        List<String> dialogs = new ArrayList<>();
        page().onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });

        Response response = page().navigate(app().url("/agenda/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));

        assertAll(
                () -> assertThat(response.status()).isEqualTo(400),
                () -> assertThat(page().locator("h1")).hasText("Dit adres klopt niet"),
                () -> assertThat(response.allHeaders().get("content-security-policy"))
                        .contains("frame-ancestors 'none'"),
                () -> assertThat(dialogs).as("dialogs opened by the page").isEmpty(),
                () -> assertThat(page().content()).doesNotContain("<script>alert(1)"));
        checkAccessibility("invalid address");
    }

    @Test
    void logging_in_gives_a_new_http_only_session_and_logging_out_ends_it() {
        open("/inloggen");
        String before = sessionCookie().value;
        assertThat(sessionCookie().httpOnly).isTrue();

        AccountSteps.logIn(page(), AccountSteps.RESIDENT);
        String during = sessionCookie().value;
        assertThat(during).as("session id after login").isNotEqualTo(before);

        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
        assertThat(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen")))
                .isVisible();

        // The old session id, replayed, no longer opens a page that needs a login.
        APIResponse replay = http().get(
                        "/account",
                        RequestOptions.create()
                                .setHeader("Cookie", "JSESSIONID=" + during)
                                .setHeader("Accept", "text/html")
                                .setMaxRedirects(0));
        assertThat(replay.status())
                .as("status of /account with the ended session")
                .isEqualTo(302);
        assertThat(replay.headers().get("location")).contains("/inloggen");
    }

    private Cookie sessionCookie() {
        return context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
    }
}
