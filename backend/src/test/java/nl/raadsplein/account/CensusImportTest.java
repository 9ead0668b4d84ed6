package nl.raadsplein.account;

import static nl.raadsplein.account.CensusFixtures.csv;
import static nl.raadsplein.account.CensusFixtures.reader;
import static nl.raadsplein.account.CensusFixtures.uniqueFacts;
import static nl.raadsplein.jooq.Tables.CENSUS_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.CensusFixtures.Facts;
import nl.raadsplein.platform.InvalidInputException;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

class CensusImportTest extends AccountTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    ResidencyRepository residencyRepository;

    @Value("${raadsplein.census.secret}")
    String secret;

    private int entries() {
        return dsl.fetchCount(CENSUS_ENTRY);
    }

    @Test
    void valid_lines_are_imported_and_importing_them_again_adds_nothing() {
        AccountPrincipal griffier = testAccounts.signInAs(Role.GRIFFIER);
        Facts first = uniqueFacts();
        Facts second = uniqueFacts();
        Facts third = uniqueFacts();
        String file = csv(first, second, third, first);
        int before = entries();

        CensusImport result = residency.importCensus(reader(file));

        assertThat(result).isEqualTo(new CensusImport(3, 1, List.of()));
        assertThat(entries()).isEqualTo(before + 3);
        assertThat(dsl.selectFrom(CENSUS_ENTRY)
                        .where(CENSUS_ENTRY.FACT_HASH.eq(hash(first)))
                        .fetchSingle())
                .satisfies(entry -> {
                    assertThat(entry.getImportedBy()).isEqualTo(griffier.accountId());
                    assertThat(entry.getImportedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
                    assertThat(entry.getUsedBy()).isNull();
                });

        testAccounts.signInAs(Role.ADMIN);
        assertThat(residency.importCensus(reader(file))).isEqualTo(new CensusImport(0, 4, List.of()));
        assertThat(entries()).isEqualTo(before + 3);
    }

    @Test
    void lines_are_normalised_so_that_the_way_they_are_written_does_not_matter() {
        testAccounts.signInAs(Role.GRIFFIER);
        Facts facts = uniqueFacts();
        String postcode = facts.postcode().replace(" ", "");
        String dutchDate = facts.dateOfBirth().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        residency.importCensus(
                reader(csv(new Facts(facts.postcode(), facts.houseNumber() + " a", facts.dateOfBirth()))));

        CensusImport again = residency.importCensus(reader("postcode,huisnummer,geboortedatum\n"
                + postcode.toLowerCase() + "," + facts.houseNumber() + "A," + dutchDate + "\n"));

        assertThat(again).isEqualTo(new CensusImport(0, 1, List.of()));
        assertThat(CensusFacts.postcode(" 1234   ab ")).isEqualTo("1234AB");
        assertThat(CensusFacts.houseNumber("12 a")).isEqualTo("12A");
        assertThat(CensusFacts.houseNumber("12-a")).isEqualTo("12A");
        assertThat(CensusFacts.houseNumber("12 bis")).isEqualTo("12BIS");
        assertThat(CensusFacts.houseNumber("12-2")).isEqualTo("12-2");
        assertThat(CensusFacts.houseNumber("12 2")).isEqualTo("12-2");
        assertThat(CensusFacts.houseNumber("99999")).isEqualTo("99999");
        for (String wrong : List.of("0", "012", "100000", "12 abcde", "A12", "12--", "12 a!", "")) {
            assertThatThrownBy(() -> CensusFacts.houseNumber(wrong))
                    .as(wrong)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.house-number-malformed"));
        }
        for (String wrong : List.of("0123AB", "123AB", "12345AB", "1234A", "1234ABC", "1234ÀB", "１２３４AB")) {
            assertThatThrownBy(() -> CensusFacts.postcode(wrong))
                    .as(wrong)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.postcode-malformed"));
        }
    }

    @Test
    void wrong_lines_are_refused_by_line_number_and_column_and_the_rest_imported() {
        testAccounts.signInAs(Role.GRIFFIER);
        Facts valid = uniqueFacts();
        Facts last = uniqueFacts();
        LocalDate today = LocalDate.ofInstant(clock.instant(), CensusFacts.MUNICIPALITY_ZONE);
        String file = String.join(
                "\n",
                "postcode,huisnummer,geboortedatum",
                String.join(",", valid.line()),
                "123,4,1980-01-01",
                "1234AB,0,1980-01-01",
                "1234AB,4,1980-02-30",
                "1234AB,4," + today.plusDays(1),
                "1234AB,4,1899-12-31",
                "1234AB,4",
                "",
                String.join(",", last.line()),
                "1234AB,4,31/12/1980");
        int before = entries();

        CensusImport result = residency.importCensus(reader(file));

        assertThat(result.refusedLines())
                .containsExactly(
                        "line 3: postcode",
                        "line 4: houseNumber",
                        "line 5: dateOfBirth",
                        "line 6: dateOfBirth",
                        "line 7: dateOfBirth",
                        "line 8: columns",
                        "line 11: dateOfBirth");
        assertThat(result.imported()).isEqualTo(2);
        assertThat(entries()).isEqualTo(before + 2);
    }

    @Test
    void english_headers_semicolons_a_byte_order_mark_and_other_columns_are_understood() {
        testAccounts.signInAs(Role.ADMIN);
        Facts facts = uniqueFacts();
        String file = "\uFEFFName;DATE_OF_BIRTH;house_number;Postcode\n" + "Jan;" + facts.dateOfBirth() + ";"
                + facts.houseNumber() + ";" + facts.postcode() + "\n";

        assertThat(residency.importCensus(reader(file))).isEqualTo(new CensusImport(1, 0, List.of()));
        assertThat(residency.importCensus(reader(csv(facts)))).isEqualTo(new CensusImport(0, 1, List.of()));
    }

    @Test
    void a_file_without_the_header_or_that_is_no_csv_is_refused_whole() {
        testAccounts.signInAs(Role.GRIFFIER);
        int before = entries();
        for (String file : List.of(
                "",
                "postcode,huisnummer\n1234AB,1\n",
                String.join(",", uniqueFacts().line()),
                "postcode,huisnummer,geboortedatum\n"
                        + String.join(",", uniqueFacts().line()) + "\n\"1234AB,1,1980-01-01\n")) {
            assertThatThrownBy(() -> residency.importCensus(reader(file)))
                    .as(file)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("file");
                        assertThat(e.messageKey())
                                .isIn("account.error.census-header", "account.error.census-unreadable");
                    });
        }
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void hostile_input_in_any_column_is_refused_and_nothing_of_it_stored() {
        testAccounts.signInAs(Role.GRIFFIER);
        List<String> hostile = HostileInputs.lines();
        List<String[]> lines = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int column = 0; column < 3; column++) {
            for (String value : hostile) {
                String[] line = uniqueFacts().line();
                line[column] = value;
                lines.add(line);
                expected.add("line " + (lines.size() + 1) + ": "
                        + List.of("postcode", "houseNumber", "dateOfBirth").get(column));
            }
        }
        int before = entries();

        CensusImport result = residency.importCensus(reader(csv(lines)));

        assertThat(result.refusedLines()).containsExactlyElementsOf(expected);
        assertThat(result.imported()).isZero();
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void only_a_keyed_hash_of_the_facts_is_stored() {
        testAccounts.signInAs(Role.GRIFFIER);
        Facts facts = uniqueFacts();
        residency.importCensus(reader(csv(facts)));

        String postcode = facts.postcode().replace(" ", "");
        List<String> raw = List.of(
                postcode,
                facts.postcode(),
                facts.dateOfBirth().toString(),
                facts.dateOfBirth().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                postcode + "|" + facts.houseNumber());
        for (Record row : dsl.selectFrom(CENSUS_ENTRY).fetch()) {
            for (Object value : row.intoArray()) {
                for (String fact : raw) {
                    assertThat(String.valueOf(value)).doesNotContain(fact);
                }
            }
        }
        String hash = hash(facts);
        assertThat(hash)
                .hasSize(64)
                .isNotEqualTo(SecretTokens.sha256(postcode + "|" + facts.houseNumber() + "|" + facts.dateOfBirth()));
        assertThat(dsl.fetchExists(CENSUS_ENTRY, CENSUS_ENTRY.FACT_HASH.eq(hash)))
                .isTrue();
    }

    @Test
    void without_a_secret_of_at_least_32_characters_nothing_is_imported() {
        for (String missing : new String[] {null, "", "   ", "a".repeat(31)}) {
            CensusImporter importer = new CensusImporter(new CensusKey(missing), residencyRepository, clock);
            assertThatThrownBy(() -> importer.importFile(reader(csv(uniqueFacts())), null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("account.error.census-secret-missing");
                        assertThat(e.arguments()).containsExactly(32);
                    });
        }
        assertThat(new CensusKey("a".repeat(32)).available()).isTrue();
    }

    @Test
    void a_birth_date_is_checked_against_the_clock() {
        testAccounts.signInAs(Role.GRIFFIER);
        LocalDate tomorrow =
                LocalDate.ofInstant(clock.instant().plus(Duration.ofDays(1)), CensusFacts.MUNICIPALITY_ZONE);
        Facts born = new Facts(uniqueFacts().postcode(), "1", tomorrow);
        assertThat(residency.importCensus(reader(csv(born))).refusedLines()).containsExactly("line 2: dateOfBirth");

        clock.advance(Duration.ofDays(2));
        assertThat(residency.importCensus(reader(csv(born))).imported()).isEqualTo(1);
    }

    private String hash(Facts facts) {
        return CensusFixtures.hash(secret, facts);
    }
}
