package nl.raadsplein.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.platform.PersonalDataFinding.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

    private static List<Kind> kinds(String text) {
        return PersonalDataDetector.find(text).stream()
                .map(PersonalDataFinding::kind)
                .toList();
    }

    /** The single finding in {@code text}, which must be exactly {@code expected} of this kind. */
    private static void assertSingle(String text, Kind kind, String expected) {
        List<PersonalDataFinding> found = PersonalDataDetector.find(text);
        assertThat(found).as(text).hasSize(1);
        PersonalDataFinding finding = found.getFirst();
        assertThat(finding.kind()).as(text).isEqualTo(kind);
        assertThat(finding.excerpt()).as(text).isEqualTo(expected);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(expected);
    }

    // ---- BSN ---------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {"123456782", "1234.56.782", "1234 56 782", "123 456 782", "123-456-782", "111222333", "010000446"
            })
    void a_number_passing_the_eleven_check_is_a_bsn(String bsn) {
        assertSingle("Mijn BSN is " + bsn + ", zet dat er maar bij.", Kind.BSN, bsn);
    }

    @Test
    void the_eleven_check_is_computed_as_the_belastingdienst_does() {
        // 111222333: 9+8+7 + 2·(6+5+4) + 3·(3+2) − 3 = 66 = 6·11.
        assertThat(PersonalDataDetector.passesElevenCheck("111222333")).isTrue();
        assertThat(PersonalDataDetector.passesElevenCheck("123456782")).isTrue();
        assertThat(PersonalDataDetector.passesElevenCheck("123456789")).isFalse();
        assertThat(PersonalDataDetector.passesElevenCheck("000000000")).isFalse();
        assertThat(PersonalDataDetector.passesElevenCheck("12345678")).isFalse();
        assertThat(PersonalDataDetector.passesElevenCheck(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bestelnummer 123456789 is nog niet geleverd.", // fails the eleven check
                "Nul: 000000000", // all zeros
                "Een run 1234567820 van tien cijfers", // part of a longer number
                "Nog langer: 91234567821",
                "KvK-nummer 12345678 van de vereniging", // eight digits
                "Het budget is 123.456.782 euro", // 3.3.3 with dots is an amount
                "Versie 1.123456782 van de app"
            })
    void other_numbers_are_not_a_bsn(String text) {
        assertThat(kinds(text)).as(text).doesNotContain(Kind.BSN);
    }

    // ---- IBAN --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL91ABNA0417164300",
                "NL91 ABNA 0417 1643 00",
                "nl91abna0417164300",
                "BE68539007547034",
                "BE68 5390 0754 7034",
                "DE89370400440532013000",
                "DE89 3704 0044 0532 0130 00",
                "FR1420041010050500013M02606",
                "GB29NWBK60161331926819"
            })
    void a_valid_iban_is_found_in_print_or_compact_form(String iban) {
        assertSingle("Maak het over naar " + iban + " t.n.v. de buurtvereniging.", Kind.IBAN, iban);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL92ABNA0417164300", // wrong check digits
                "NL91ABNA0417164301", // one digit off
                "NL91ABNA041716430", // too short for NL
                "NL91ABNA04171643001", // too long for NL
                "XX91ABNA0417164300", // no such country
                "NL91 AB NA04 1716 4300"
            }) // spaces not between groups of four
    void a_near_miss_is_not_an_iban(String text) {
        assertThat(kinds(text)).as(text).doesNotContain(Kind.IBAN);
    }

    // ---- phone -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "06-12345678",
                "06 1234 5678",
                "0612345678",
                "06 12 34 56 78",
                "+31 6 12345678",
                "+31612345678",
                "0031612345678",
                "+31 (0)6 1234 5678",
                "010-1234567",
                "0201234567",
                "020 123 4567",
                "+31 20 123 4567",
                "(010) 123 4567",
                "(0172) 12 34 56",
                "010 - 123 45 67",
                "070.123.45.67"
            })
    void a_dutch_telephone_number_is_found(String phone) {
        assertSingle("Bel me op " + phone + " als u vragen heeft.", Kind.PHONE, phone);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bel 06 1234 567 voor info", // too few digits
                "06-123456",
                "Het ordernummer is 1234567890", // ten digits, not starting with 0 or +31
                "Dat was in 2024, en in 2023 ook al.", // years
                "Op 01-02-2024 10:00 begint de vergadering", // a date and a time
                "Het kost € 1.234,56 per jaar", // a price
                "Volgens artikel 6:162 BW is dat onrechtmatig", // a law
                "Bel 0800-1234 gratis", // a service number, too short
                "Een lang getal 06123456789"
            }) // eleven digits
    void other_numbers_are_not_a_telephone_number(String text) {
        assertThat(kinds(text)).as(text).doesNotContain(Kind.PHONE);
    }

    // ---- e-mail ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"jan.jansen@example.nl", "J.de-Vries+raad@mail.ijssellanden.nl", "info@gemeente.nl"})
    void an_email_address_is_found(String email) {
        assertSingle("Mail naar " + email + ".", Kind.EMAIL, email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wij @ de buurt", "noreply@localhost", "a@b.c", "@gemeente.nl", "jan@ .nl"})
    void an_at_sign_alone_is_not_an_email_address(String text) {
        assertThat(kinds(text)).as(text).doesNotContain(Kind.EMAIL);
    }

    // ---- postcode with house number ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234 AB 12",
                "1234AB 12a",
                "1234 AB, nr 5",
                "1234 AB, nr. 5",
                "1234AB12",
                "1234 AB huisnummer 7-2",
                "1234ab 12"
            })
    void a_postcode_with_a_house_number_is_found(String address) {
        assertSingle("Ik woon op " + address + " sinds vorig jaar.", Kind.POSTCODE_HOUSE_NUMBER, address);
    }

    @Test
    void a_street_address_with_its_number_before_the_postcode_is_found() {
        assertSingle("Ik woon aan de Kerkstraat 12a, 1234 AB Dorp.", Kind.POSTCODE_HOUSE_NUMBER, "12a, 1234 AB");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Iedereen in 1234 AB weet dat.", // a postcode alone is a neighbourhood
                "De wijk 1234 AB Dorp heeft geen speeltuin.",
                "In 2024 en 12 andere jaren", // lower-case words are not postcode letters
                "1234 SS 12", // letters never used in postcodes
                "0123 AB 12"
            }) // postcodes do not start with 0
    void a_postcode_alone_or_a_lookalike_is_not_an_address(String text) {
        assertThat(kinds(text)).as(text).doesNotContain(Kind.POSTCODE_HOUSE_NUMBER);
    }

    // ---- texts with several, overlapping and no findings -------------------------------------------------------

    @Test
    void several_findings_are_reported_in_order_with_their_positions() {
        String text = "Ik ben Jan, BSN 111222333, bel 06-12345678 of mail jan@example.nl. "
                + "Rekening NL91 ABNA 0417 1643 00, adres 1234 AB 12.";
        List<PersonalDataFinding> found = PersonalDataDetector.find(text);

        assertThat(found)
                .extracting(PersonalDataFinding::kind)
                .containsExactly(Kind.BSN, Kind.PHONE, Kind.EMAIL, Kind.IBAN, Kind.POSTCODE_HOUSE_NUMBER);
        assertThat(found)
                .extracting(PersonalDataFinding::excerpt)
                .containsExactly("111222333", "06-12345678", "jan@example.nl", "NL91 ABNA 0417 1643 00", "1234 AB 12");
        for (PersonalDataFinding f : found) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.excerpt());
        }
        assertThat(found.getFirst().start()).isEqualTo(text.indexOf("111222333"));
        assertThat(found.getFirst().end()).isEqualTo(text.indexOf("111222333") + 9);
    }

    @Test
    void overlapping_candidates_give_one_finding() {
        // The IBAN's digits are no telephone number or BSN, the e-mail's digits no telephone number.
        assertSingle("NL91ABNA0417164300", Kind.IBAN, "NL91ABNA0417164300");
        assertSingle("0612345678@example.nl", Kind.EMAIL, "0612345678@example.nl");
        assertSingle("111222333@example.nl", Kind.EMAIL, "111222333@example.nl");
        List<PersonalDataFinding> found = PersonalDataDetector.find("06 12345678 1234 AB 12");
        assertThat(found).extracting(PersonalDataFinding::kind).containsExactly(Kind.PHONE, Kind.POSTCODE_HOUSE_NUMBER);
        assertThat(found.get(0).end()).isLessThanOrEqualTo(found.get(1).start());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Zet een bankje bij de vijver in het Julianapark.",
                "Een bankje kost ongeveer € 1.234,56 en we willen er 12 in 2025."
            })
    void an_ordinary_text_has_no_findings(String text) {
        assertThat(PersonalDataDetector.find(text)).isEmpty();
        assertThat(PersonalDataDetector.containsPersonalData(text)).isFalse();
    }

    @Test
    void null_has_no_findings() {
        assertThat(PersonalDataDetector.find(null)).isEmpty();
    }

    // ---- hostile and long input --------------------------------------------------------------------------------

    static List<String> hostile() {
        return HostileInputs.lines();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostile_inputs_never_throw(String hostile) {
        assertThatCode(() -> PersonalDataDetector.find(hostile)).doesNotThrowAnyException();
    }

    @Test
    void hostile_inputs_give_sensible_findings() {
        assertSingle("+31 6 12345678", Kind.PHONE, "+31 6 12345678");
        assertSingle("NL91ABNA0417164300", Kind.IBAN, "NL91ABNA0417164300");
        // 111222333 passes the eleven check (66 = 6·11), so it is a BSN.
        assertSingle("111222333", Kind.BSN, "111222333");
        assertThat(PersonalDataDetector.find("admin@ijssellanden.nl\\r\\nBcc: everyone@example.org"))
                .extracting(PersonalDataFinding::excerpt)
                .containsExactly("admin@ijssellanden.nl", "everyone@example.org");
        List<PersonalDataFinding> all = hostile().stream()
                .flatMap(l -> PersonalDataDetector.find(l).stream())
                .toList();
        assertThat(all).extracting(PersonalDataFinding::kind).contains(Kind.PHONE, Kind.IBAN, Kind.BSN, Kind.EMAIL);
    }

    @Test
    @Timeout(5)
    void long_inputs_are_scanned_quickly() {
        List<String> nasty = List.of(
                "x".repeat(10_000),
                "1".repeat(10_000),
                "0 ".repeat(5_000),
                "06-".repeat(3_333),
                "a".repeat(9_990) + "@example.n",
                "a.".repeat(5_000) + "@",
                "a@".repeat(5_000),
                "a@b-".repeat(2_500),
                "1234 AB ".repeat(1_250),
                "NL91 ".repeat(2_000),
                "NL91ABNA0417164300 06-12345678 jan@example.nl 1234 AB 12 ".repeat(170));
        for (String text : nasty) {
            long started = System.nanoTime();
            List<PersonalDataFinding> found = PersonalDataDetector.find(text);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took)
                    .as("%s… (%d characters)", text.substring(0, 20), text.length())
                    .isLessThan(Duration.ofMillis(500));
            assertThat(found).isNotNull();
        }
        assertThat(PersonalDataDetector.find(nasty.getLast())).hasSize(4 * 170);
    }
}
