package nl.raadsplein.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;

class PolisExportTest extends ReportTestBase {

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void a_visitor_downloads_the_discussion_in_pol_is_format_with_our_groups_and_no_personal_data() throws Exception {
        AccountPrincipal sandra = accounts.account();
        long id = discussions.discussion(accounts.account().accountId(), "Export", Duration.ofDays(3));
        List<Long> statements = discussions.statements(id, 5);
        List<Long> participants = new java.util.ArrayList<>(discussions.participants(id, 9));
        long own = discussions.participant(id, sandra.accountId());
        participants.add(own);
        discussions.twoCamps(id, participants, statements);
        recomputation.recompute(id);
        TestAccounts.signInAnonymously();

        Map<String, String> files = unzip(exports.polisZip(id));

        assertThat(files).containsOnlyKeys("comments.csv", "votes.csv", "participants-votes.csv", "summary.csv");
        String matrix = files.get("participants-votes.csv");
        assertThat(matrix.lines().skip(1)).hasSize(10);
        assertThat(matrix.lines().skip(1).map(l -> l.split(",")[1]).distinct()).containsExactlyInAnyOrder("0", "1");
        assertThat(matrix).contains("\n" + own + ",");
        String all = String.join("\n", files.values());
        assertThat(all).doesNotContain(sandra.getUsername()).doesNotContain(sandra.displayName());
        assertThat(files.get("votes.csv").lines().skip(1)).hasSize(50);
        assertThat(files.get("summary.csv")).contains("Export");
    }

    @Test
    void hidden_statements_are_exported_as_moderated_out_and_formulas_are_defused() throws Exception {
        long id = discussions.discussion(accounts.account().accountId(), "Formules", Duration.ofDays(3));
        long formula = discussions.statement(id, "=HYPERLINK(\"http://evil.example\",\"klik\")");
        long hidden = discussions.statement(id, "Weg ermee");
        discussions.hide(hidden);
        TestAccounts.signInAnonymously();

        String comments = unzip(exports.polisZip(id)).get("comments.csv");

        assertThat(comments).contains("'=HYPERLINK").contains(hidden + ",").contains(formula + ",");
        assertThat(comments.lines()
                        .filter(l -> l.contains("Weg ermee"))
                        .findFirst()
                        .orElseThrow())
                .contains(",-1,");
    }

    @Test
    void the_figures_csv_has_a_row_per_statement_with_votes_per_group() {
        long id = computedTwoCamps(accounts.account().accountId());
        TestAccounts.signInAnonymously();

        String csv = new String(documents.figuresCsv(id), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst())
                .startsWith("statement,text,agree,disagree,pass")
                .contains("group_A_agree");
        assertThat(lines).hasSize(8);
        assertThat(lines.get(1)).contains("Stelling 1");
    }

    @Test
    void the_reading_pack_is_a_pdf_with_an_embedded_unicode_font() {
        long id = discussions.discussion(
                accounts.account().accountId(), "Ĳssel — Ελλάδα — Москва — مرحبا", Duration.ofDays(3));
        List<Long> statements = discussions.statements(id, 5);
        discussions.twoCamps(id, discussions.participants(id, 10), statements);
        recomputation.recompute(id);
        TestAccounts.signInAnonymously();

        byte[] pdf = documents.readingPack(id, Locale.forLanguageTag("nl"));

        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-").contains("DejaVuSans").contains("/FontFile2");
        assertThat(documents.readingPack(id, Locale.ENGLISH)).isNotEmpty();
    }

    @Test
    void an_unpublished_discussion_is_not_exported_to_others() {
        long id = discussions.discussion(accounts.account().accountId(), "Concept", Duration.ofDays(3));
        discussions.setState(id, DiscussionState.DRAFT);
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> exports.polisZip(id)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> documents.figuresCsv(id)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> documents.readingPack(id, Locale.ENGLISH)).isInstanceOf(NoSuchItemException.class);
        signInAs(Role.GRIFFIER);
        assertThat(exports.polisZip(id)).isNotEmpty();
    }
}
