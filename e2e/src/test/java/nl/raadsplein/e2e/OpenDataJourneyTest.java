package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.button;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * J6's export: the griffie has the open-data bundle made now; the alderman, from the agenda in figures, downloads it
 * and the download checks out against the checksum the page shows and the checksums inside. And the archive export
 * of a closed value discussion, offered to the griffie only. Axe on each page.
 */
// The only journey that makes bundles; the bundle and the archive only contain what others add.
@SharedDemoData.Uses(shared = GRIFFIER_ACCOUNT)
class OpenDataJourneyTest extends Journey {

    @Test
    void the_griffie_makes_the_bundle_and_the_alderman_downloads_it_from_the_agenda_and_it_checks_out()
            throws IOException {
        on(DESKTOP);
        logIn(page(), GRIFFIER);
        page().navigate("/open-data");
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nu een bundel maken")))
                .isVisible();
        int before = page().locator("main .bundles tbody tr").count();
        button(page(), "Nu een bundel maken").click();
        // Made in the background: the page asks every second and shows it when it is there.
        assertThat(page().locator("main .bundles tbody tr"))
                .hasCount(before + 1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(page().locator("main .bundle-status")).hasText("De nieuwste bundel staat hieronder.");
        checkAccessibility("open data, griffier, bundle made");

        Page alderman = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(alderman);
        alderman.navigate("/agenda/overzicht");
        alderman.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Alle openbare gegevens als open data downloaden"))
                .click();
        assertThat(alderman.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open data")))
                .isVisible();
        checkAccessibility(alderman, "open data, visitor");

        Locator latest = alderman.locator("main .bundles tbody tr").first();
        String published = latest.locator(".checksum").innerText().strip();
        Download download =
                alderman.waitForDownload(() -> latest.getByRole(AriaRole.LINK).click());
        byte[] zip = Files.readAllBytes(download.path());

        assertThat(sha512(zip)).isEqualTo(published);
        Map<String, byte[]> files = unzip(zip);
        assertThat(files).containsKeys("manifest.json", "SHA512SUMS", "LICENSE.txt", "proposals.csv", "motions.json");
        new String(files.get("SHA512SUMS"), StandardCharsets.UTF_8).lines().forEach(line -> {
            String[] parts = line.split("  ", 2);
            assertThat(sha512(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        });
        assertThat(new String(files.get("motions.json"), StandardCharsets.UTF_8))
                .contains("Geen ranglijsten van buren zonder spelregels");
        files.forEach((name, content) -> assertThat(new String(content, StandardCharsets.UTF_8))
                .as(name)
                .doesNotContain("@ijssellanden.example"));
    }

    @Test
    void the_griffier_exports_a_closed_value_discussion_for_the_archive_and_it_checks_out() throws IOException {
        on(DESKTOP);
        String archiveLink = "Archiefexport (Archiefwet): verslag als PDF/A, gegevens, moderatiebesluiten en "
                + "controlegetallen (zip)";
        String path = ReportSteps.demoReportPath(page(), DeliberationReportJourneyTest.DEMO_QUESTION);
        assertThat(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(archiveLink)))
                .hasCount(0);

        logIn(page(), GRIFFIER);
        page().navigate(path);
        Locator link = page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(archiveLink));
        assertThat(link).isVisible();
        checkAccessibility("report of a closed discussion, griffier, with the archive export");
        Download download = page().waitForDownload(link::click);

        assertThat(download.suggestedFilename()).endsWith("-archief.zip");
        Map<String, byte[]> files = unzip(Files.readAllBytes(download.path()));
        assertThat(files)
                .containsKeys(
                        "report.pdf",
                        "metadata.json",
                        "discussion.json",
                        "discussion_statements.csv",
                        "moderation_decisions.csv",
                        "polis/votes.csv",
                        "SHA512SUMS");
        assertThat(new String(files.get("report.pdf"), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-")
                .contains("pdfaid");
        new String(files.get("SHA512SUMS"), StandardCharsets.UTF_8).lines().forEach(line -> {
            String[] parts = line.split("  ", 2);
            assertThat(sha512(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        });
    }

    private static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream bytes = new ByteArrayInputStream(zip);
                ZipInputStream in = new ZipInputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
