package nl.raadsplein.motion;

import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class MotionPaperTest extends MotionTestBase {

    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void the_pdf_reads_as_the_council_format_with_numbered_parts_the_meeting_date_and_who_signed() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        AccountPrincipal cosigner = council.councillors()[1];
        long id = as(francis, () -> motions.draft(motion("Geen ranglijsten van buren")));
        as(francis, () -> {
            motions.invite(id, cosigner.accountId());
            return null;
        });
        as(cosigner, () -> {
            motions.respond(id, true);
            return null;
        });

        String draft = text(as(francis, () -> queries.pdf(id, null, DUTCH)));
        assertThat(draft).contains("in vergadering bijeen op … (nog niet ingediend),");

        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            return null;
        });
        as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        id,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], VoteChoice.FOR, council.parties()[1], VoteChoice.AGAINST),
                        null)));
        TestAccounts.signInAnonymously();
        byte[] pdf = queries.pdf(id, null, DUTCH);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        String year = String.valueOf(queries.motion(id)
                .placement()
                .meetingStartsAt()
                .atZone(MeetingService.MUNICIPALITY)
                .getYear());
        assertThat(text)
                .containsSubsequence(
                        "Motie",
                        "Geen ranglijsten van buren",
                        "De raad van de gemeente IJssellanden, in vergadering bijeen op 12 juni " + year + ",",
                        "constaterende dat",
                        "1. inwoners op lokale platforms worden gerangschikt en beoordeeld",
                        "overwegende dat",
                        "2. vertrouwen tussen buren een publieke waarde is",
                        "verzoekt het college",
                        "3. geen platforms te gebruiken die inwoners rangschikken",
                        "4. de raad voor 1 juli te informeren",
                        "en gaat over tot de orde van de dag.",
                        "Ingediend door: " + francis.displayName() + " (" + party(id, francis) + "), "
                                + cosigner.displayName() + " (" + party(id, cosigner) + ")",
                        "Uitslag: Aangenomen",
                        "Versie 1");

        String english = text(queries.pdf(id, null, Locale.ENGLISH));
        assertThat(english)
                .contains("The council of the municipality of IJssellanden, meeting on June 12, " + year + ",")
                .contains("1. inwoners op lokale platforms")
                .contains("requests the executive")
                .contains("Result: Adopted");
    }

    @Test
    void an_older_version_prints_its_own_text() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long id = as(francis, () -> motions.draft(motion("De eerste tekst")));
        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            motions.edit(id, motion("De tweede tekst"));
            return null;
        });

        TestAccounts.signInAnonymously();
        String first = text(queries.pdf(id, 1, DUTCH));
        String current = text(queries.pdf(id, null, DUTCH));

        assertThat(first).contains("De eerste tekst", "Versie 1").doesNotContain("De tweede tekst");
        assertThat(current).contains("De tweede tekst", "Versie 2").doesNotContain("De eerste tekst");
        assertThatThrownBy(() -> queries.pdf(id, 3, DUTCH)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_draft_is_no_pdf_for_anyone_but_its_submitters() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long id = as(francis, () -> motions.draft(motion("Nog geheim")));

        assertThatThrownBy(() -> as(council.councillors()[1], () -> queries.pdf(id, null, DUTCH)))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> as(council.griffier(), () -> queries.pdf(id, 1, DUTCH)))
                .isInstanceOf(NoSuchItemException.class);
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> queries.pdf(id, null, DUTCH)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void hostile_text_still_makes_a_readable_pdf() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        String title = "<script>alert(1)</script> {0} ''quoted'' ${7*7} Ĳsselland — „aanhalingstekens” 🇳🇱";
        String longWord = "x".repeat(MotionTexts.CLAUSE_LENGTH - 10);
        String zalgo = "Z̷̢̛a̸͎͐l̵̰̈g̶̣̀o̴̦͝";
        String hebrew = "שלום";
        MotionDraft draft = new MotionDraft(
                MotionType.MOTION,
                title,
                List.of(longWord, "<img src=x onerror=alert(1)> en " + zalgo),
                List.of("de buurt zegt " + hebrew + " en ＡＤＭＩＮ"),
                List.of("=HYPERLINK(\"http://evil.example\",\"klik\") niet uit te voeren"),
                null,
                null,
                null,
                List.of(),
                List.of());
        long id = as(francis, () -> motions.draft(draft));

        String text = text(as(francis, () -> queries.pdf(id, null, DUTCH)));

        assertThat(text)
                .contains("<script>alert(1)</script> {0} ''quoted'' ${7*7} Ĳsselland — „aanhalingstekens” \uFFFD\uFFFD")
                .contains("2. <img src=x onerror=alert(1)> en Z")
                // Full-width letters, which the font lacks, print as their plain letters.
                .contains("en ADMIN")
                .contains("4. =HYPERLINK(\"http://evil.example\",\"klik\") niet uit te voeren")
                .contains("en gaat over tot de orde van de dag.");
        // The word too long for a line is broken over lines, not cut off.
        assertThat(text).contains("1. xxxxxxxx");
        assertThat(text.chars().filter(c -> c == 'x').count()).isGreaterThanOrEqualTo(longWord.length());
        // Hebrew is laid out right to left: in the page's reading order its letters come last to first.
        assertThat(text).contains(new StringBuilder(hebrew).reverse().toString());
    }

    private String party(long id, AccountPrincipal who) {
        return as(who, () -> queries.motion(id)).submitters().stream()
                .filter(s -> s.accountId() == who.accountId())
                .findFirst()
                .orElseThrow()
                .party();
    }

    private static String text(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // A line break in the PDF is where a line was full; the reader reads on.
            return text.toString().strip().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
