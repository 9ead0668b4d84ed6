package nl.raadsplein.opendata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The files and fields the open-data bundle describes, for the bundles test: each needs a text in both languages. */
public final class BundleKeys {

    private BundleKeys() {}

    public static String[] files() {
        return Stream.concat(tables().stream().map(BundleTable::name), Stream.of("polis", "licence"))
                .toArray(String[]::new);
    }

    public static String[] fields() {
        Set<String> fields = new LinkedHashSet<>();
        tables().forEach(table -> table.columns().forEach(column -> fields.add(column.name())));
        return fields.toArray(String[]::new);
    }

    private static List<BundleTable> tables() {
        return BundleWorker.DATASETS.stream()
                .flatMap(kind -> BundleTable.of(kind.name(), kind.type(), List.of()).stream())
                .toList();
    }
}
