package nl.raadsplein.opendata.oparl;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.raadsplein.RaadspleinApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.motion.MotionDraft;
import nl.raadsplein.motion.MotionFixtures;
import nl.raadsplein.motion.MotionLifecycle;
import nl.raadsplein.motion.MotionService;
import nl.raadsplein.motion.MotionType;
import nl.raadsplein.proposal.ProposalFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OParl interface over real HTTP, as a council information client walks it: from the system to every list and
 * object, each checked against the OParl 1.1 JSON schemas. Ids are built from the configured base URL (not the
 * address the request came in on), so the test maps them back to its own port to follow them.
 */
@SpringBootTest(
        classes = RaadspleinApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"raadsplein.base-url=" + OparlTest.BASE, "raadsplein.api.requests-per-minute=100000"})
@Import({AccountTestConfiguration.class, ProposalFixtures.class, MotionFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OparlTest {

    static final String BASE = "https://raad.example.org";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Draft 7 as the OParl schemas are written, with OParl's own format {@code url} (an absolute http(s) URL) and
     * its keywords that describe relations rather than constrain values.
     */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            Dialect.builder("https://raadsplein.invalid/oparl-1.1-dialect", Dialects.getDraft7())
                    .format(new AbsoluteUrl())
                    .keywords(Stream.of("references", "backreference", "cardinality", "schema")
                            .map(NonValidationKeyword::new)
                            .toList())
                    .build());
    /** The objects OParl embeds in another, which the schemas name with a keyword of their own that no validator checks. */
    private static final Map<String, Map<String, String>> EMBEDDED = Map.of(
            "Body", Map.of("legislativeTerm", "LegislativeTerm"),
            "Person", Map.of("membership", "Membership"),
            "Meeting", Map.of("agendaItem", "AgendaItem"),
            "Paper", Map.of("mainFile", "File", "consultation", "Consultation"));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private MotionFixtures fixtures;

    @Autowired
    private MotionService motions;

    @Autowired
    private MotionLifecycle lifecycle;

    @Autowired
    private MutableClock clock;

    private MotionFixtures.Council council;
    private long motionId;
    private long amendmentId;
    private long draftId;
    private String draftTitle;

    @BeforeAll
    void a_council_with_a_motion_an_amendment_and_a_draft() {
        council = fixtures.council(10, 9);
        motionId = submitted(council, MotionFixtures.motion("Geen sterren voor buren"), 0);
        amendmentId = submitted(
                council,
                new MotionDraft(
                        MotionType.AMENDMENT,
                        "Amendement op de sterren",
                        List.of(),
                        List.of(),
                        List.of(),
                        motionId,
                        3,
                        "alleen platforms te gebruiken die inwoners niet rangschikken",
                        List.of(),
                        List.of()),
                1);
        draftTitle = "Geheim concept " + UUID.randomUUID();
        draftId = as(council.councillors()[0], () -> motions.draft(MotionFixtures.motion(draftTitle)));
    }

    private long submitted(MotionFixtures.Council c, MotionDraft draft, int councillor) {
        return as(c.councillors()[councillor], () -> {
            long id = motions.draft(draft);
            lifecycle.submit(id, c.itemId());
            return id;
        });
    }

    @Test
    void the_system_leads_to_the_municipality_and_every_list_of_it_and_every_object_is_valid_oparl() throws Exception {
        JsonNode system = object(OparlPaths.SYSTEM);
        assertValid("System", system);
        assertThat(system.get("id").asString()).isEqualTo(BASE + "/oparl/v1/system");

        List<JsonNode> bodies = all(system.get("body").asString());
        assertThat(bodies).hasSize(1);
        JsonNode body = bodies.getFirst();
        assertValid("Body", body);
        assertThat(body.get("name").asString()).isEqualTo("Gemeente IJssellanden");
        assertThat(object(body.get("id").asString())).isEqualTo(body);
        JsonNode term = body.get("legislativeTerm").get(0);
        assertThat(object(term.get("id").asString())).isEqualTo(term);

        Map<String, String> lists = Map.of(
                "organization", "Organization",
                "person", "Person",
                "meeting", "Meeting",
                "agendaItem", "AgendaItem",
                "paper", "Paper",
                "consultation", "Consultation",
                "file", "File");
        for (Map.Entry<String, String> list : lists.entrySet()) {
            List<JsonNode> objects = all(body.get(list.getKey()).asString());
            assertThat(objects).as(list.getKey()).isNotEmpty();
            for (JsonNode object : objects) {
                assertValid(list.getValue(), object);
                assertThat(object.get("id").asString()).startsWith(BASE + "/oparl/v1/");
            }
            JsonNode first = objects.getFirst();
            assertThat(object(first.get("id").asString())).as(list.getKey()).isEqualTo(first);
        }
    }

    @Test
    void a_motion_is_a_paper_with_its_submitters_its_consultation_on_the_agenda_item_and_its_pdf() throws Exception {
        JsonNode paper = object(OparlPaths.PAPER + "/" + motionId);

        assertValid("Paper", paper);
        assertThat(paper.get("name").asString()).isEqualTo("Geen sterren voor buren");
        assertThat(paper.get("paperType").asString()).isEqualTo("Motie");
        assertThat(texts(paper.get("originatorPerson")))
                .containsExactly(BASE + "/oparl/v1/person/" + council.councillors()[0].accountId());
        assertThat(texts(paper.get("originatorOrganization")))
                .containsExactly(BASE + "/oparl/v1/organization/party-" + council.parties()[0]);
        assertThat(texts(paper.get("subordinatedPaper"))).startsWith(BASE + "/oparl/v1/paper/" + amendmentId);
        assertThat(paper.get("created").asString()).matches(".*T.*[+-]\\d\\d:\\d\\d$");
        JsonNode consultation = paper.get("consultation").get(0);
        assertThat(consultation.get("agendaItem").asString())
                .isEqualTo(BASE + "/oparl/v1/agendaItem/" + council.itemId());
        assertThat(consultation.get("meeting").asString()).isEqualTo(BASE + "/oparl/v1/meeting/" + council.meetingId());
        assertThat(consultation.get("authoritative").asBoolean()).isTrue();
        assertThat(object(consultation.get("id").asString())).isEqualTo(consultation);

        JsonNode amendment = object(OparlPaths.PAPER + "/" + amendmentId);
        assertThat(amendment.get("paperType").asString()).isEqualTo("Amendement");
        assertThat(texts(amendment.get("superordinatedPaper"))).containsExactly(BASE + "/oparl/v1/paper/" + motionId);

        JsonNode file = paper.get("mainFile");
        assertThat(object(file.get("id").asString())).isEqualTo(file);
        HttpResponse<byte[]> shown = bytes(file.get("accessUrl").asString());
        HttpResponse<byte[]> saved = bytes(file.get("downloadUrl").asString());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(shown.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(saved.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"motie-" + motionId + "-v1.pdf\"");
    }

    @Test
    void a_draft_motion_is_nowhere_neither_in_the_lists_nor_at_its_own_address() throws Exception {
        for (String list : List.of(OparlPaths.PAPERS, OparlPaths.CONSULTATIONS, OparlPaths.FILES)) {
            assertThat(allText(BASE + list))
                    .as(list)
                    .contains("/oparl/v1/paper/" + motionId + "\"")
                    .doesNotContain("/oparl/v1/paper/" + draftId + "\"")
                    .doesNotContain(draftTitle);
        }
        for (String path : List.of(
                OparlPaths.PAPER + "/" + draftId,
                OparlPaths.CONSULTATION + "/" + draftId,
                OparlPaths.FILE + "/" + draftId,
                OparlPaths.FILE + "/" + draftId + OparlPaths.FILE_CONTENT,
                OparlPaths.FILE + "/" + draftId + OparlPaths.FILE_DOWNLOAD)) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain(draftTitle);
        }
        assertThat(JSON.readTree(get(OparlPaths.PAPER + "/" + draftId).body())
                        .get("detail")
                        .asString())
                .isEqualTo("Dit object bestaat niet of is niet openbaar.");
    }

    @Test
    void a_councillor_is_a_person_with_name_and_party_and_never_an_email_address() throws Exception {
        var councillor = council.councillors()[1];
        HttpResponse<String> response = get(OparlPaths.PERSON + "/" + councillor.accountId());
        JsonNode person = JSON.readTree(response.body());

        assertValid("Person", person);
        assertThat(person.get("name").asString()).isEqualTo(councillor.displayName());
        assertThat(person.has("email")).isFalse();
        assertThat(response.body()).doesNotContain(councillor.email());
        assertThat(person.get("membership").findValuesAsString("organization"))
                .containsExactly(
                        BASE + "/oparl/v1/organization/council",
                        BASE + "/oparl/v1/organization/party-" + council.parties()[1]);
        for (JsonNode membership : person.get("membership")) {
            assertThat(object(membership.get("id").asString())).isEqualTo(membership);
        }
        assertThat(get(OparlPaths.MEMBERSHIP + "/council-" + council.griffier().accountId())
                        .statusCode())
                .isEqualTo(404);
        String everyone = allText(BASE + OparlPaths.PERSONS);
        for (var each : council.councillors()) {
            assertThat(everyone).contains(each.displayName()).doesNotContain(each.email());
        }
        assertThat(everyone).doesNotContain(council.griffier().displayName());
    }

    @Test
    void the_council_the_committees_and_the_parties_are_organizations_and_a_meeting_has_its_agenda() throws Exception {
        JsonNode councilOrganization = object(OparlPaths.ORGANIZATION + "/council");
        JsonNode party = object(OparlPaths.ORGANIZATION + "/party-" + council.parties()[0]);
        JsonNode meeting = object(OparlPaths.MEETING + "/" + council.meetingId());
        JsonNode item = object(OparlPaths.AGENDA_ITEM + "/" + council.itemId());

        assertValid("Organization", councilOrganization);
        assertValid("Organization", object(OparlPaths.ORGANIZATION + "/committee"));
        assertValid("Organization", party);
        assertValid("Meeting", meeting);
        assertThat(councilOrganization.get("name").asString()).isEqualTo("Gemeenteraad");
        assertThat(party.get("name").asString()).startsWith("Partij A");
        assertThat(texts(meeting.get("organization"))).containsExactly(BASE + "/oparl/v1/organization/council");
        assertThat(meeting.get("meetingState").asString()).isEqualTo("PLANNED");
        assertThat(meeting.get("agendaItem").get(0)).isEqualTo(item);
        assertThat(item.get("name").asString()).isEqualTo("Moties vreemd aan de orde");
        assertThat(item.get("order").asInt()).isEqualTo(1);
        assertThat(get(OparlPaths.ORGANIZATION + "/party-0").statusCode()).isEqualTo(404);
        assertThat(get(OparlPaths.ORGANIZATION + "/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void a_list_is_paged_with_links_that_keep_its_filters() throws Exception {
        String since = encode(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
        JsonNode first = JSON.readTree(
                get(OparlPaths.PERSONS + "?limit=1&modified_since=" + since).body());

        assertThat(first.get("data")).hasSize(1);
        assertThat(first.at("/pagination/elementsPerPage").asInt()).isEqualTo(1);
        assertThat(first.at("/pagination/currentPage").asInt()).isEqualTo(1);
        long total = first.at("/pagination/totalElements").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.at("/pagination/totalPages").asLong()).isEqualTo(total);
        assertThat(first.at("/links/prev").isMissingNode()).isTrue();
        assertThat(first.at("/links/next").asString())
                .startsWith(BASE + OparlPaths.PERSONS + "?")
                .contains("limit=1", "modified_since=" + since, "page=2");

        JsonNode second = object(first.at("/links/next").asString());
        assertThat(second.at("/pagination/currentPage").asInt()).isEqualTo(2);
        assertThat(second.at("/links/prev").asString()).contains("page=1");
        assertThat(second.get("data").get(0).get("id"))
                .isNotEqualTo(first.get("data").get(0).get("id"));

        JsonNode last = object(first.at("/links/last").asString());
        assertThat(last.at("/links/next").isMissingNode()).isTrue();
        assertThat(last.at("/pagination/currentPage").asLong()).isEqualTo(total);
    }

    @Test
    void modified_since_gives_only_what_changed_after_that_moment() throws Exception {
        clock.advance(Duration.ofMinutes(1));
        OffsetDateTime since = clock.instant().atOffset(ZoneOffset.ofHours(2));
        clock.advance(Duration.ofMinutes(1));
        long later = submitted(council, MotionFixtures.motion("Later ingediend"), 1);
        long secondAmendment = submitted(
                council,
                new MotionDraft(
                        MotionType.AMENDMENT,
                        "Tweede amendement",
                        List.of(),
                        List.of(),
                        List.of(),
                        motionId,
                        1,
                        "inwoners op lokale platforms soms worden beoordeeld",
                        List.of(),
                        List.of()),
                0);

        List<JsonNode> changed = all(BASE + OparlPaths.PAPERS + "?modified_since=" + encode(since));
        List<JsonNode> before = all(BASE + OparlPaths.PAPERS + "?modified_until=" + encode(since));
        List<JsonNode> future = all(BASE + OparlPaths.PAPERS + "?created_since=" + encode(since.plusYears(500)));

        // The amended motion changed too: it has an amendment more.
        assertThat(changed)
                .extracting(p -> p.get("id").asString())
                .containsExactlyInAnyOrder(
                        BASE + "/oparl/v1/paper/" + motionId,
                        BASE + "/oparl/v1/paper/" + later,
                        BASE + "/oparl/v1/paper/" + secondAmendment);
        assertThat(before)
                .extracting(p -> p.get("id").asString())
                .contains(BASE + "/oparl/v1/paper/" + amendmentId)
                .doesNotContain(BASE + "/oparl/v1/paper/" + later, BASE + "/oparl/v1/paper/" + motionId);
        assertThat(future).isEmpty();
    }

    @Test
    void a_bad_parameter_is_a_problem_that_names_it_in_the_callers_language() throws Exception {
        HttpResponse<String> date = get(OparlPaths.PAPERS + "?modified_since=gisteren");
        HttpResponse<String> noOffset = get(OparlPaths.PAPERS + "?created_since=2026-01-01T00:00:00");
        HttpResponse<String> limit = get(OparlPaths.MEETINGS + "?limit=500");
        HttpResponse<String> page = send(request(OparlPaths.PERSONS + "?page=0")
                .header("Accept-Language", "en")
                .build());

        assertThat(List.of(date, noOffset, limit, page)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(JSON.readTree(date.body()).get("detail").asString())
                .isEqualTo("De parameter modified_since heeft een ongeldige waarde.");
        assertThat(JSON.readTree(noOffset.body()).get("parameter").asString()).isEqualTo("created_since");
        assertThat(JSON.readTree(limit.body()).get("detail").asString())
                .isEqualTo("De parameter limit moet tussen 1 en 100 liggen.");
        assertThat(JSON.readTree(page.body()).get("detail").asString())
                .isEqualTo("The parameter page must be 1 or more.");
    }

    @Test
    void oparl_is_read_like_the_public_api_from_any_site_cached_for_a_minute_and_without_a_session() throws Exception {
        HttpResponse<String> response = send(request(OparlPaths.SYSTEM)
                .header("Origin", "https://example.org")
                .build());
        HttpResponse<String> again = send(request(OparlPaths.SYSTEM)
                .header("If-None-Match", response.headers().firstValue("ETag").orElseThrow())
                .build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void the_schema_check_notices_a_wrong_shape() throws Exception {
        ObjectNode file = (ObjectNode) object(OparlPaths.FILE + "/" + motionId);
        assertValid("File", file);

        file.remove("accessUrl");
        file.put("created", "gisteren");
        file.put("type", "https://schema.oparl.org/1.1/Paper");
        file.put("downloadUrl", "/oparl/v1/file/1/download");

        assertThat(errors("File", file))
                .extracting(Error::getKeyword)
                .containsExactlyInAnyOrder("required", "format", "format", "pattern");
    }

    /** The object at an id or link, which must answer 200. */
    private JsonNode object(String idOrPath) throws IOException, InterruptedException {
        HttpResponse<String> response = get(idOrPath);
        assertThat(response.statusCode()).as(idOrPath).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Every object of an external list, following its {@code next} links. */
    private List<JsonNode> all(String list) throws IOException, InterruptedException {
        List<JsonNode> objects = new ArrayList<>();
        String next = list + (list.contains("?") ? "&" : "?") + "limit=" + OparlPage.MAX_LIMIT;
        while (next != null) {
            JsonNode page = object(next);
            page.get("data").forEach(objects::add);
            JsonNode link = page.at("/links/next");
            next = link.isMissingNode() ? null : link.asString();
        }
        return objects;
    }

    private String allText(String list) throws IOException, InterruptedException {
        return JSON.writeValueAsString(all(list));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static String encode(OffsetDateTime time) {
        return URLEncoder.encode(time.toString(), StandardCharsets.UTF_8);
    }

    /** Checks the object and each object embedded in it against the OParl 1.1 schema of its type. */
    private static void assertValid(String type, JsonNode object) {
        assertThat(errors(type, object)).as(type + " " + object).isEmpty();
        EMBEDDED.getOrDefault(type, Map.of()).forEach((property, embeddedType) -> {
            JsonNode embedded = object.path(property);
            if (embedded.isArray()) {
                embedded.forEach(each -> assertValid(embeddedType, each));
            } else if (embedded.isObject()) {
                assertValid(embeddedType, embedded);
            }
        });
    }

    // Formats are only annotations in the newer drafts unless asserted: dates must really be dates.
    private static List<Error> errors(String type, JsonNode object) {
        return schema(type)
                .validate(object, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static final class AbsoluteUrl implements Format {

        @Override
        public String getName() {
            return "url";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            try {
                URI uri = new URI(value);
                return uri.isAbsolute()
                        && uri.getHost() != null
                        && uri.getScheme().startsWith("http");
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }

    private static Schema schema(String type) {
        try (InputStream in = OparlTest.class.getResourceAsStream("/oparl/schema/" + type + ".json")) {
            return SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String idOrPath) throws IOException, InterruptedException {
        return send(request(idOrPath).build());
    }

    private HttpResponse<byte[]> bytes(String id) throws IOException, InterruptedException {
        return http.send(request(id).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request for a path, or for an id, which names the configured base URL and is sent to this test's server. */
    private HttpRequest.Builder request(String idOrPath) {
        String local = "http://localhost:" + port;
        String target = idOrPath.startsWith(BASE) ? local + idOrPath.substring(BASE.length()) : local + idOrPath;
        return HttpRequest.newBuilder(URI.create(target)).GET();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
