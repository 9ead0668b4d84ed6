package nl.raadsplein.opendata;

import static nl.raadsplein.jooq.Tables.OPEN_DATA_BUNDLE;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.Zips;
import nl.raadsplein.proposal.ProposalState;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data bundle holds all public data and nothing else, describes every file and field, and checks out
 * against its own checksums; the griffie has one made, anyone downloads it.
 */
class OpenDataBundleTest extends OpenDataTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OpenDataBundleService service;

    @Autowired
    BundleWorker worker;

    @Autowired
    BundleRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_griffier_has_a_bundle_made_that_anyone_downloads_and_that_checks_out() throws IOException {
        long consultation = people.consultation(Phase.PROPOSALS);
        AccountPrincipal author = people.account();
        long shown = as(author, () -> proposals.submit(submission(consultation, "Bundelvoorstel zichtbaar")));
        long hidden = as(author, () -> proposals.submit(submission(consultation, "Bundelvoorstel verborgen")));
        as(author, () -> proposals.submit(submission(consultation, "=1+2 rekent niet in een spreadsheet")));
        people.setState(hidden, ProposalState.HIDDEN);
        long discussion = discussions.discussion(author.accountId(), "Bundeldiscussie?", Duration.ofDays(3));

        long id = as(people.account(Role.GRIFFIER), () -> service.prepareNow());
        assertThat(as(people.account(Role.GRIFFIER), () -> service.preparation()))
                .hasValueSatisfying(preparing -> assertThat(preparing.status()).isEqualTo(BundleStatus.PREPARING));
        worker.sweep();

        TestAccounts.signInAnonymously();
        BundleInfo latest = service.bundles().getFirst();
        assertThat(latest.id()).isEqualTo(id);
        byte[] zip = service.content(id).orElseThrow();
        assertThat(BundleZip.sha512(zip)).isEqualTo(latest.sha512());
        assertThat(latest.byteSize()).isEqualTo(zip.length);

        Map<String, byte[]> files = Zips.unzip(zip);
        JsonNode manifest = JSON.readTree(files.get(BundleZip.MANIFEST));
        assertThat(manifest.at("/licence/id").asString()).isEqualTo("CC0-1.0");
        for (JsonNode file : manifest.get("files")) {
            String path = file.get("path").asString();
            assertThat(files).as(path).containsKey(path);
            assertThat(BundleZip.sha512(files.get(path)))
                    .as(path)
                    .isEqualTo(file.get("sha512").asString());
            assertThat(file.at("/description/nl").asString()).as(path).isNotBlank();
            assertThat(file.at("/description/en").asString()).as(path).isNotBlank();
            if (path.endsWith(".csv") && file.has("fields")) {
                List<String> header = List.of(csv(files.get(path)).getFirst().values());
                assertThat(header)
                        .as(path)
                        .containsExactlyElementsOf(file.get("fields")
                                .valueStream()
                                .map(field -> field.get("name").asString())
                                .toList());
                file.get("fields")
                        .forEach(field -> assertThat(field.at("/description/en").asString())
                                .as(path + " " + field.get("name"))
                                .isNotBlank());
            }
        }
        String sums = new String(files.get(BundleZip.CHECKSUMS), StandardCharsets.UTF_8);
        assertThat(sums.lines()).hasSize(files.size() - 1).allSatisfy(line -> {
            String[] parts = line.split("  ", 2);
            assertThat(BundleZip.sha512(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        });

        String proposalsCsv = new String(files.get("proposals.csv"), StandardCharsets.UTF_8);
        assertThat(proposalsCsv)
                .contains("Bundelvoorstel zichtbaar")
                .doesNotContain("Bundelvoorstel verborgen")
                .doesNotContain(author.email())
                .contains("'=1+2 rekent niet");
        assertThat(JSON.readTree(files.get("proposals.json"))
                        .valueStream()
                        .map(p -> p.get("id").asLong()))
                .contains(shown)
                .doesNotContain(hidden);
        assertThat(files).containsKey("polis/waardendiscussie-" + discussion + "/comments.csv");
        assertThat(files).containsKeys("motions_votes_lines.csv", "discussions_statements.csv", BundleZip.LICENCE);
    }

    @Test
    void asking_again_while_a_bundle_is_being_prepared_makes_no_second_one() {
        AccountPrincipal griffier = people.account(Role.GRIFFIER);
        long first = as(griffier, () -> service.prepareNow());
        long second = as(people.account(Role.GRIFFIER), () -> service.prepareNow());

        assertThat(second).isEqualTo(first);
        worker.sweep();
        assertThat(as(griffier, () -> service.preparation())).isEmpty();
    }

    @Test
    void only_the_griffie_has_a_bundle_made_or_sees_it_being_prepared() {
        for (Role role : List.of(Role.RESIDENT, Role.COUNCILLOR)) {
            AccountPrincipal someone = people.account(role);
            assertThatThrownBy(() -> as(someone, () -> service.prepareNow())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(someone, () -> service.preparation()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> service.prepareNow()).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> service.prepareNow()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_latest_bundle_and_the_thirty_before_it_are_kept() {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 33; i++) {
                long id = repository.request(null, clock.instant());
                repository.ready(id, new byte[] {(byte) i}, BundleZip.sha512(new byte[] {(byte) i}), clock.instant());
            }
            repository.prune(31);
        });

        TestAccounts.signInAnonymously();
        List<BundleInfo> kept = service.bundles();
        assertThat(kept).hasSize(31);
        assertThat(people.dsl().fetchCount(OPEN_DATA_BUNDLE)).isEqualTo(31);
        assertThat(service.content(kept.getFirst().id()))
                .hasValueSatisfying(zip -> assertThat(zip).hasSize(1));
    }

    private static List<CSVRecord> csv(byte[] content) throws IOException {
        return CSVFormat.RFC4180
                .parse(new StringReader(new String(content, StandardCharsets.UTF_8)))
                .getRecords();
    }
}
