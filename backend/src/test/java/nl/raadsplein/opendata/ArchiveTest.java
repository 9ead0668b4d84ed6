package nl.raadsplein.opendata;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.Zips;
import nl.raadsplein.proposal.ProposalState;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * The griffie's archive export of a closed consultation or value discussion: a PDF/A report, the public data, the
 * moderation decisions, metadata with the retention period and checksums, recorded in the audit log; refused while
 * it is still running, and to anyone but the griffie.
 */
class ArchiveTest extends OpenDataTestBase {

    @Autowired
    ArchiveService archives;

    @Test
    void a_closed_consultation_goes_to_the_archive_with_its_report_data_and_checksums_and_the_export_is_audited()
            throws IOException {
        long consultation = people.consultation(Phase.PROPOSALS);
        AccountPrincipal author = people.account();
        long shown = as(author, () -> proposals.submit(submission(consultation, "Archiefvoorstel zichtbaar")));
        long hidden = as(author, () -> proposals.submit(submission(consultation, "Archiefvoorstel verborgen")));
        people.setState(hidden, ProposalState.HIDDEN);
        AccountPrincipal griffier = people.account(Role.GRIFFIER);
        assertThatThrownBy(() -> as(griffier, () -> archives.consultation(consultation)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("consultation"));
        close(consultation);

        Archive archive = as(griffier, () -> archives.consultation(consultation));

        Map<String, byte[]> files = Zips.unzip(archive.zip());
        assertThat(archive.fileName()).isEqualTo("raadpleging-" + consultation + "-archief.zip");
        assertThat(files)
                .containsKeys(
                        "report.pdf",
                        "metadata.json",
                        "consultation.json",
                        "proposals.csv",
                        "proposals.json",
                        "comments.csv",
                        "moderation_decisions.csv",
                        BundleZip.CHECKSUMS);
        assertPdfA(files.get("report.pdf"));
        String proposalsCsv = new String(files.get("proposals.csv"), StandardCharsets.UTF_8);
        assertThat(proposalsCsv).contains("Archiefvoorstel zichtbaar").doesNotContain("Archiefvoorstel verborgen");
        assertThat(proposalsCsv).doesNotContain(author.email());
        assertThat(BundleZip.JSON
                        .readTree(files.get("proposals.json"))
                        .valueStream()
                        .map(p -> p.get("id").asLong()))
                .containsExactly(shown);
        JsonNode metadata = BundleZip.JSON.readTree(files.get("metadata.json"));
        assertThat(metadata.get("retentionPeriod").asString()).isEqualTo("P10Y");
        assertThat(metadata.get("themes").get(0).asString()).isEqualTo("3A.2");
        assertChecksums(files);
        Record2<String, String> audited = people.dsl()
                .select(AUDIT_ENTRY.ACTION, AUDIT_ENTRY.DETAILS)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ITEM_TYPE.eq("CONSULTATION").and(AUDIT_ENTRY.ITEM_ID.eq(consultation)))
                .orderBy(AUDIT_ENTRY.SEQ.desc())
                .limit(1)
                .fetchSingle();
        assertThat(audited.value1()).isEqualTo("ARCHIVE_EXPORTED");
        assertThat(audited.value2()).isEqualTo("sha512=" + BundleZip.sha512(archive.zip()));
    }

    @Test
    void a_closed_value_discussion_goes_to_the_archive_with_its_polis_export_and_an_open_one_does_not()
            throws IOException {
        AccountPrincipal councillor = people.account();
        long discussion = discussions.discussion(councillor.accountId(), "Archiefdiscussie?", Duration.ofDays(3));
        discussions.statement(discussion, "Camera's in de winkelstraat maken het veiliger.");
        AccountPrincipal griffier = people.account(Role.GRIFFIER);
        assertThatThrownBy(() -> as(griffier, () -> archives.discussion(discussion)))
                .isInstanceOf(InvalidInputException.class);
        people.dsl()
                .update(DISCUSSION)
                .set(DISCUSSION.CLOSES_AT, clock.instant().minus(Duration.ofHours(1)))
                .where(DISCUSSION.ID.eq(discussion))
                .execute();

        Map<String, byte[]> files =
                Zips.unzip(as(griffier, () -> archives.discussion(discussion)).zip());

        assertThat(files)
                .containsKeys("report.pdf", "discussion.json", "discussion_statements.csv", "polis/comments.csv");
        assertThat(new String(files.get("discussion_statements.csv"), StandardCharsets.UTF_8))
                .contains("Camera's in de winkelstraat maken het veiliger.");
        assertPdfA(files.get("report.pdf"));
        assertChecksums(files);
    }

    @Test
    void only_the_griffie_exports_to_the_archive() {
        long consultation = people.consultation(Phase.PROPOSALS);
        close(consultation);
        for (Role role : List.of(Role.RESIDENT, Role.COUNCILLOR)) {
            AccountPrincipal someone = people.account(role);
            assertThatThrownBy(() -> as(someone, () -> archives.consultation(consultation)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> archives.consultation(consultation)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(people.account(Role.ADMIN), () -> archives.consultation(consultation))
                        .zip())
                .isNotEmpty();
    }

    private void close(long consultation) {
        Instant past = clock.instant().minus(Duration.ofDays(1));
        people.dsl()
                .update(CONSULTATION)
                .set(CONSULTATION.INFORMATION_FROM, past.minus(Duration.ofDays(40)))
                .set(CONSULTATION.PROPOSALS_FROM, past.minus(Duration.ofDays(30)))
                .set(CONSULTATION.SUPPORTS_FROM, past.minus(Duration.ofDays(20)))
                .set(CONSULTATION.DELIBERATION_FROM, past.minus(Duration.ofDays(10)))
                .set(CONSULTATION.CLOSED_FROM, past)
                .where(CONSULTATION.ID.eq(consultation))
                .execute();
    }

    // PDFBox's preflight checks the whole of PDF/A-1b: fonts, colour, metadata, structure.
    private static void assertPdfA(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("archive-report", ".pdf");
        try {
            Files.write(file, pdf);
            ValidationResult result = PreflightParser.validate(file.toFile());
            assertThat(result.getErrorsList())
                    .as("PDF/A-1b errors")
                    .extracting(error -> error.getErrorCode() + " " + error.getDetails())
                    .isEmpty();
            assertThat(result.isValid()).isTrue();
        } finally {
            Files.delete(file);
        }
    }

    private static void assertChecksums(Map<String, byte[]> files) {
        String sums = new String(files.get(BundleZip.CHECKSUMS), StandardCharsets.UTF_8);
        assertThat(sums.lines()).hasSize(files.size() - 1).allSatisfy(line -> {
            String[] parts = line.split("  ", 2);
            assertThat(BundleZip.sha512(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        });
    }
}
