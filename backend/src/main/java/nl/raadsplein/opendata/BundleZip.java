package nl.raadsplein.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.raadsplein.deliberation.opinion.PolisWriter;
import nl.raadsplein.platform.Zips;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the open-data bundle: per dataset a JSON file (as the API gives it) and its CSV tables, each value
 * discussion in Pol.is' export format, the licence, a manifest describing every file and field in Dutch and English,
 * and {@code SHA512SUMS} in the format {@code sha512sum -c} checks.
 */
final class BundleZip {

    static final String MANIFEST = "manifest.json";
    static final String CHECKSUMS = "SHA512SUMS";
    static final String LICENCE = "LICENSE.txt";

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale DUTCH = Locale.of("nl");

    /** A dataset: its name (the file names), the type of its items and all of them. */
    record Dataset(String name, Class<? extends Record> type, List<? extends Record> items) {}

    /** A value discussion's Pol.is export, as the deliberation feature writes it (a ZIP). */
    record PolisExport(long discussionId, byte[] zip) {}

    private BundleZip() {}

    static byte[] write(
            Instant createdAt,
            OpenDataProperties settings,
            String site,
            List<Dataset> datasets,
            List<PolisExport> polis,
            MessageSource messages) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> described = new ArrayList<>();
        for (Dataset dataset : datasets) {
            String json = dataset.name() + ".json";
            files.put(json, JSON.writeValueAsBytes(dataset.items()));
            described.add(file(json, "JSON", dataset.items().size(), description(messages, dataset.name()), null));
            for (BundleTable table : BundleTable.of(dataset.name(), dataset.type(), dataset.items())) {
                String csv = table.name() + ".csv";
                files.put(csv, csv(table));
                described.add(file(
                        csv,
                        "CSV (RFC 4180, UTF-8)",
                        table.rows().size(),
                        description(messages, table.name()),
                        fields(messages, table)));
            }
        }
        for (PolisExport export : polis) {
            String folder = "polis/waardendiscussie-" + export.discussionId() + "/";
            Zips.unzip(export.zip()).forEach((name, content) -> {
                files.put(folder + name, content);
                described.add(file(folder + name, "CSV (Pol.is export)", -1, description(messages, "polis"), null));
            });
        }
        files.put(LICENCE, licence(settings, site, messages).getBytes(StandardCharsets.UTF_8));
        described.add(file(LICENCE, "text", -1, description(messages, "licence"), null));
        for (Map<String, Object> file : described) {
            file.put("sha512", sha512(Objects.requireNonNull(files.get((String) file.get("path")))));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("title", settings.publisher() + ": Raadsplein open data");
        manifest.put("publisher", settings.publisher());
        manifest.put("source", site);
        manifest.put("created", createdAt.toString());
        manifest.put(
                "licence",
                Map.of(
                        "id",
                        settings.licence().spdx(),
                        "title",
                        settings.licence().title(),
                        "url",
                        settings.licence().url()));
        manifest.put("listSeparator", BundleTable.LIST_SEPARATOR);
        manifest.put("files", described);
        files.put(MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));

        StringBuilder sums = new StringBuilder();
        files.forEach((name, content) ->
                sums.append(sha512(content)).append("  ").append(name).append('\n'));
        files.put(CHECKSUMS, sums.toString().getBytes(StandardCharsets.UTF_8));
        return Zips.zip(files);
    }

    static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> file(
            String path,
            String format,
            int rows,
            Map<String, String> description,
            @Nullable List<Map<String, Object>> fields) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", path);
        file.put("format", format);
        file.put("description", description);
        if (rows >= 0) {
            file.put("rows", rows);
        }
        if (fields != null) {
            file.put("fields", fields);
        }
        return file;
    }

    private static List<Map<String, Object>> fields(MessageSource messages, BundleTable table) {
        return table.columns().stream()
                .map(column -> {
                    Map<String, Object> field = new LinkedHashMap<>();
                    field.put("name", column.name());
                    field.put("type", column.type());
                    field.put("description", fieldDescription(messages, column.name()));
                    return field;
                })
                .toList();
    }

    private static Map<String, String> description(MessageSource messages, String file) {
        return bilingual(messages, "opendata.bundle.file." + file);
    }

    private static Map<String, String> fieldDescription(MessageSource messages, String field) {
        return bilingual(messages, "opendata.bundle.field." + field);
    }

    private static Map<String, String> bilingual(MessageSource messages, String key) {
        return Map.of(
                "nl", messages.getMessage(key, null, DUTCH), "en", messages.getMessage(key, null, Locale.ENGLISH));
    }

    private static String licence(OpenDataProperties settings, String site, MessageSource messages) {
        Object[] arguments = {
            settings.publisher(), settings.licence().title(), settings.licence().url(), site
        };
        return messages.getMessage("opendata.bundle.licence-text", arguments, DUTCH)
                + "\n\n"
                + messages.getMessage("opendata.bundle.licence-text", arguments, Locale.ENGLISH)
                + "\n";
    }

    static byte[] csv(BundleTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(table.columns().stream().map(BundleTable.Column::name));
            for (List<@Nullable Object> row : table.rows()) {
                csv.printRecord(row.stream().map(BundleZip::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // Text is guarded so that a spreadsheet never runs a cell as a formula.
    private static Object cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return PolisWriter.guarded(text);
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
