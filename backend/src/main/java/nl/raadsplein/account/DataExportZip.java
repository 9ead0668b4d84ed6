package nl.raadsplein.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.raadsplein.platform.internal.PersonalDataTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The download of one's data: {@code data.json} with every table, and each table again as {@code <name>.csv} (RFC
 * 4180, UTF-8), so that a spreadsheet opens it as readily as a program reads the JSON (AVG article 20).
 */
final class DataExportZip {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DataExportZip() {}

    static byte[] write(Instant exportedAt, List<PersonalDataTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("exported_at", exportedAt.toString());
            Map<String, Object> byName = new LinkedHashMap<>();
            for (PersonalDataTable table : tables) {
                byName.put(
                        table.name(),
                        table.rows().stream()
                                .map(row -> object(table.columns(), row))
                                .toList());
            }
            document.put("tables", byName);
            zip.putNextEntry(new ZipEntry("data.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
            zip.closeEntry();
            for (PersonalDataTable table : tables) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                zip.write(csv(table));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, @Nullable Object> object(List<String> columns, List<@Nullable Object> row) {
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            object.put(columns.get(i), plain(row.get(i)));
        }
        return object;
    }

    /** Numbers and booleans as they are, everything else (times, states) as text. */
    private static @Nullable Object plain(@Nullable Object value) {
        return value == null || value instanceof Number || value instanceof Boolean ? value : value.toString();
    }

    private static byte[] csv(PersonalDataTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(table.columns().toArray(String[]::new))
                        .get())) {
            for (List<@Nullable Object> row : table.rows()) {
                printer.printRecord(row.stream().map(DataExportZip::plain).toList());
            }
        }
        return bytes.toByteArray();
    }
}
