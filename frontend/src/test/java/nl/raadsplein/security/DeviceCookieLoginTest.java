package nl.raadsplein.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.raadsplein.RaadspleinApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The login form over real HTTP: where the device cookie is given, and what it is good for (ADR 22). */
@SpringBootTest(classes = RaadspleinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccountTestConfiguration.class)
class DeviceCookieLoginTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private TestAccounts testAccounts;

    @Test
    void a_login_gives_a_device_cookie_that_lets_its_browser_in_after_a_stranger_locked_the_address() throws Exception {
        AccountPrincipal owner = testAccounts.create();
        HttpResponse<String> first = login(owner.email(), TestAccounts.PASSWORD, null);
        assertThat(first.headers().firstValue("Location")).hasValue(url("/"));
        String setCookie = deviceCookieSet(first).orElseThrow();
        assertThat(setCookie)
                .contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000", "Path=/")
                .as("Secure only over HTTPS")
                .doesNotContain("Secure");
        String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));

        for (int i = 0; i < 5; i++) {
            assertThat(login(owner.email(), "Verkeerd-wachtwoord-" + i, null)
                            .headers()
                            .firstValue("Location"))
                    .hasValue(url("/inloggen?error"));
        }
        HttpResponse<String> stranger = login(owner.email(), TestAccounts.PASSWORD, null);
        assertThat(stranger.headers().firstValue("Location")).hasValue(url("/inloggen?error"));
        assertThat(deviceCookieSet(stranger)).isEmpty();

        HttpResponse<String> again = login(owner.email(), TestAccounts.PASSWORD, cookie);
        assertThat(again.headers().firstValue("Location")).hasValue(url("/"));
        assertThat(deviceCookieSet(again))
                .as("the cookie shown is renewed, not replaced")
                .hasValueSatisfying(renewed -> assertThat(renewed).startsWith("raadsplein-device=" + cookie + ";"));
    }

    private HttpResponse<String> login(String email, String password, @Nullable String deviceCookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/inloggen")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (deviceCookie != null) {
            request.header("Cookie", DeviceCookie.NAME + "=" + deviceCookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    private static Optional<String> deviceCookieSet(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(DeviceCookie.NAME + "="))
                .findFirst();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
