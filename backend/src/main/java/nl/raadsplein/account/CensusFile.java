package nl.raadsplein.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.raadsplein.platform.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the census export: a header line naming the columns postcode, huisnummer and geboortedatum (or
 * postcode, house_number and date_of_birth), in any order and beside other columns, separated by commas or, as
 * spreadsheets in Dutch write it, by semicolons. Each line is checked on its own; a wrong line is refused by
 * number and column, never echoed.
 */
final class CensusFile {

    static final int MAX_LINES = 500_000;
    private static final List<List<String>> COLUMNS = List.of(
            List.of("postcode"), List.of("huisnummer", "house_number"), List.of("geboortedatum", "date_of_birth"));

    record Parsed(List<CensusFacts> facts, List<String> refusedLines) {}

    private CensusFile() {}

    static Parsed read(Reader reader, Clock clock) {
        if (reader == null) {
            throw new InvalidInputException("file", "error.required");
        }
        try (BufferedReader buffered = new BufferedReader(reader)) {
            buffered.mark(1);
            if (buffered.read() != '\uFEFF') { // a byte order mark, as spreadsheets write it
                buffered.reset();
            }
            buffered.mark(8192);
            String header = buffered.readLine();
            if (header == null) {
                throw new InvalidInputException("file", "account.error.census-header");
            }
            buffered.reset();
            char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setTrim(true)
                    .get();
            return read(CSVParser.parse(buffered, format), clock);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "account.error.census-unreadable");
        }
    }

    private static Parsed read(CSVParser parser, Clock clock) {
        List<CensusFacts> facts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int[] columns = null;
        for (CSVRecord record : parser) {
            long line = record.getRecordNumber();
            if (columns == null) {
                columns = columns(record);
                continue;
            }
            if (line > MAX_LINES) {
                throw new InvalidInputException("file", "account.error.census-too-large", MAX_LINES);
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() <= Math.max(columns[0], Math.max(columns[1], columns[2]))) {
                refused.add("line " + line + ": columns");
                continue;
            }
            try {
                facts.add(new CensusFacts(
                        CensusFacts.postcode(record.get(columns[0])),
                        CensusFacts.houseNumber(record.get(columns[1])),
                        CensusFacts.parseDate(record.get(columns[2]), clock)));
            } catch (InvalidInputException wrong) {
                refused.add("line " + line + ": " + wrong.field());
            }
        }
        if (columns == null) {
            throw new InvalidInputException("file", "account.error.census-header");
        }
        return new Parsed(facts, refused);
    }

    private static int[] columns(CSVRecord header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        int[] columns = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            Integer position = COLUMNS.get(c).stream()
                    .map(positions::get)
                    .filter(p -> p != null)
                    .findFirst()
                    .orElse(null);
            if (position == null) {
                throw new InvalidInputException("file", "account.error.census-header");
            }
            columns[c] = position;
        }
        return columns;
    }
}
