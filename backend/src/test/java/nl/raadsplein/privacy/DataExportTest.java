package nl.raadsplein.privacy;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.ExportStatus;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataExportTest extends PersonalDataTestBase {

    @Test
    void the_download_holds_what_she_did_and_nothing_of_the_census_or_of_others() throws IOException {
        Person person = Person.unique();
        AccountPrincipal resident = register(person);
        useEverything(person, resident);
        String token = as(resident, exports::request);
        awaitExport(resident, ExportStatus.READY);

        Map<String, String> zip = unzip(as(resident, () -> exports.download(token)));

        assertThat(zip).containsKeys("data.json", "account.csv", "proposals.csv", "comments.csv", "supports.csv");
        JsonNode tables =
                JsonMapper.builder().build().readTree(zip.get("data.json")).get("tables");
        assertThat(tables.get("account").get(0).get("email").asString()).isEqualTo(person.email());
        assertThat(tables.get("account").get(0).get("display_name").asString()).isEqualTo(person.name());
        assertThat(tables.get("verification").get(0).get("verified").asBoolean())
                .isTrue();
        assertThat(texts(tables, "proposals", "title")).containsExactly("Een bankje bij de bieb");
        assertThat(texts(tables, "comments", "body")).containsExactly("Liever niet.");
        assertThat(texts(tables, "supports", "proposal_title")).containsExactly("Camera's bij het station");
        assertThat(texts(tables, "follows", "target_type")).contains("PROPOSAL", "CONSULTATION");
        assertThat(tables.get("notifications").size()).isPositive();
        assertThat(tables.get("failed_logins").get(0).get("failures").asInt()).isOne();
        assertThat(tables.get("organisation_memberships").size()).isEqualTo(1);
        assertThat(texts(tables, "organisation_invitations", "organisation"))
                .singleElement()
                .asString()
                .startsWith("Wijkraad ");
        assertThat(tables.get("reports_made").size()).isEqualTo(1);
        assertThat(texts(tables, "moderation_decisions", "action")).containsExactly("HIDE");
        assertThat(tables.get("appeals").size()).isEqualTo(1);
        assertThat(texts(tables, "discussion_votes", "stance")).contains("AGREE");
        assertThat(tables.get("value_weights").size()).isEqualTo(3);
        assertThat(texts(tables, "statements_added", "text")).containsExactly("Een buurt heeft geen ranglijst nodig.");
        assertThat(zip.get("proposals.csv"))
                .startsWith("id,consultation_id,title,")
                .contains("\r\n")
                .contains("Een bankje bij de bieb");
        String everything = String.join("\n", zip.values());
        assertThat(everything)
                .as("no census facts, no password, nobody else's comment")
                .doesNotContain("postcode")
                .doesNotContain("fact_hash")
                .doesNotContain("password")
                .doesNotContain("Goed idee!");
    }

    @Test
    void the_link_works_once_and_for_seven_days_only() {
        AccountPrincipal resident = register(Person.unique());
        String once = as(resident, exports::request);
        awaitExport(resident, ExportStatus.READY);
        assertThat(as(resident, () -> exports.download(once))).isNotEmpty();
        assertRefused(resident, once);
        assertThat(as(resident, exports::latest).orElseThrow().status()).isEqualTo(ExportStatus.DOWNLOADED);

        String late = as(resident, exports::request);
        awaitExport(resident, ExportStatus.READY);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        try {
            assertRefused(resident, late);
        } finally {
            clock.advance(Duration.ofDays(7).plusMinutes(1).negated());
        }
    }

    @Test
    void another_resident_cannot_download_it_and_a_visitor_cannot_even_ask() {
        AccountPrincipal resident = register(Person.unique());
        String token = as(resident, exports::request);
        awaitExport(resident, ExportStatus.READY);

        assertRefused(fixtures.account(), token);
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> exports.download(token)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(exports::request).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThat(as(resident, () -> exports.download(token)))
                .as("still there for her")
                .isNotEmpty();
    }

    @Test
    void a_made_up_token_is_refused_on_the_token() {
        AccountPrincipal resident = register(Person.unique());
        for (String hostile : nl.raadsplein.HostileInputs.lines()) {
            assertRefused(resident, hostile);
        }
    }

    private void assertRefused(AccountPrincipal who, String token) {
        assertThatThrownBy(() -> as(who, () -> exports.download(token)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("token");
                    assertThat(e.messageKey()).isEqualTo("account.error.export-link-invalid");
                });
    }

    private static java.util.List<String> texts(JsonNode tables, String table, String column) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        tables.get(table).forEach(row -> texts.add(row.get(column).asString()));
        return texts;
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
