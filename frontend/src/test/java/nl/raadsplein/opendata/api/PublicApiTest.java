package nl.raadsplein.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.raadsplein.RaadspleinApplication;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API over real HTTP, as an outside client sees it. The rate limit is low here so that one test can
 * reach it; that test runs last, as every request of the others counts against the same address.
 */
@SpringBootTest(
        classes = RaadspleinApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "raadsplein.api.requests-per-minute=" + PublicApiTest.LIMIT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicApiTest {

    static final int LIMIT = 40;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    @Order(1)
    void a_page_of_themes_is_json_with_its_place_in_the_whole_and_links_to_the_pages_around_it() throws Exception {
        HttpResponse<String> response = get("/api/v1/themes?page=1&size=2");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isGreaterThan(4);
        assertThat(page.get("items").get(0).get("name").get("nl").asString()).isNotBlank();
        assertThat(page.at("/links/self").asString()).endsWith("/api/v1/themes?page=1&size=2");
        assertThat(page.at("/links/next").asString()).endsWith("/api/v1/themes?page=2&size=2");
        assertThat(page.at("/links/prev").asString()).endsWith("/api/v1/themes?page=0&size=2");
    }

    @Test
    @Order(2)
    void the_first_page_has_no_link_back() throws Exception {
        JsonNode page = JSON.readTree(get("/api/v1/themes").body());

        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.at("/links/prev").isMissingNode()
                        || page.at("/links/prev").isNull())
                .isTrue();
    }

    @Test
    @Order(3)
    void a_page_size_out_of_range_is_a_problem_in_the_callers_language_without_a_trace() throws Exception {
        HttpResponse<String> dutch = get("/api/v1/themes?size=500");
        HttpResponse<String> english = send(request("/api/v1/themes?page=-1")
                .header("Accept-Language", "en")
                .build());
        HttpResponse<String> notANumber = get("/api/v1/themes?page=first");

        assertThat(dutch.statusCode()).isEqualTo(400);
        assertThat(dutch.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(dutch.body()).get("detail").asString())
                .isEqualTo("De parameter size moet tussen 1 en 100 liggen.");
        assertThat(JSON.readTree(english.body()).get("detail").asString())
                .isEqualTo("The parameter page must be 0 or more.");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).doesNotContain("Exception").contains("page");
    }

    @Test
    @Order(4)
    void an_unchanged_page_is_not_sent_again_and_may_be_cached_for_a_minute() throws Exception {
        HttpResponse<String> first = get("/api/v1/themes");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again =
                send(request("/api/v1/themes").header("If-None-Match", etag).build());

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    @Order(5)
    void a_page_on_another_site_may_read_the_api_but_the_api_sets_no_session() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/themes")
                .header("Origin", "https://example.org")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    @Order(6)
    void the_openapi_document_describes_exactly_the_endpoints_there_are() throws Exception {
        HttpResponse<String> response = get("/api/v1/openapi.json");
        Set<String> documented = new HashSet<>();
        JSON.readTree(response.body()).get("paths").propertyNames().forEach(documented::add);

        Set<String> mapped = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().startsWith("nl.raadsplein"))
                .flatMap(entry -> entry.getKey().getPatternValues().stream())
                .filter(path -> path.startsWith("/api/v1/"))
                .collect(Collectors.toSet());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(mapped).isNotEmpty();
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    @Order(7)
    void the_documentation_page_is_there_for_people() throws Exception {
        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> page =
                following.send(request("/api/v1/docs").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    @Order(8)
    void consultations_filtered_by_a_theme_are_a_page_too_even_when_empty() throws Exception {
        HttpResponse<String> response = get("/api/v1/consultations?theme=no-such-theme");
        JsonNode page = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.at("/links/self").asString())
                .endsWith("/api/v1/consultations?theme=no-such-theme&page=0&size=20");
    }

    @Test
    @Order(9)
    void every_list_answers_a_page_a_client_can_walk() throws Exception {
        for (String list : List.of(
                "consultations", "proposals", "comments", "discussions", "motions", "meetings", "moderation-log")) {
            HttpResponse<String> response = get("/api/v1/" + list + "?size=1");
            JsonNode page = JSON.readTree(response.body());

            assertThat(response.statusCode()).as(list).isEqualTo(200);
            assertThat(page.get("items")).as(list).hasSizeLessThanOrEqualTo(1);
            assertThat(page.at("/links/self").asString()).as(list).endsWith("/api/v1/" + list + "?page=0&size=1");
        }
    }

    @Test
    @Order(10)
    void a_moment_that_is_not_iso_8601_is_a_problem_naming_the_parameter() throws Exception {
        HttpResponse<String> response = get("/api/v1/proposals?modified_since=gisteren");
        HttpResponse<String> fine = get("/api/v1/proposals?modified_since=2026-11-01T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo("modified_since");
        assertThat(fine.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(100)
    void too_many_requests_from_one_address_are_refused_with_when_to_try_again() throws Exception {
        HttpResponse<String> response = get("/api/v1/themes");
        for (int i = 0; i <= LIMIT && response.statusCode() != 429; i++) {
            response = get("/api/v1/themes");
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(429);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
