package nl.raadsplein.opendata;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file of the bundle: a dataset's records flattened to columns. A nested record becomes columns with its
 * name as prefix ({@code phases.closedFrom}), a list of codes one column separated by {@code ;}, and a list of
 * records a table of its own ({@code motions_votes.csv}) whose first column names the item it belongs to
 * ({@code motionId}). The columns come from the record types themselves, so the manifest describes exactly what the
 * files hold.
 */
record BundleTable(String name, List<Column> columns, List<List<@Nullable Object>> rows) {

    static final String LIST_SEPARATOR = ";";

    /** A column: its name (also its field name in the JSON) and its type in words a reader of the manifest knows. */
    record Column(String name, String type) {}

    /** The dataset's tables: its own first, then those of its nested lists, in the order of the record's fields. */
    static List<BundleTable> of(String name, Class<? extends Record> type, List<? extends Record> items) {
        Map<String, BundleTable> tables = new LinkedHashMap<>();
        shape(name, type, null, tables);
        for (Record item : items) {
            add(name, item, null, tables);
        }
        return List.copyOf(tables.values());
    }

    private static void shape(
            String name, Class<?> type, @Nullable String parentColumn, Map<String, BundleTable> tables) {
        List<Column> columns = new ArrayList<>();
        if (parentColumn != null) {
            columns.add(new Column(parentColumn, "integer"));
        }
        columns.addAll(columns("", type));
        tables.put(name, new BundleTable(name, columns, new ArrayList<>()));
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> element = recordElement(component);
            if (element != null) {
                shape(name + "_" + component.getName(), element, singular(name) + "Id", tables);
            }
        }
    }

    private static List<Column> columns(String prefix, Class<?> type) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> kind = component.getType();
            if (recordElement(component) != null) {
                continue;
            }
            if (kind.isRecord()) {
                columns.addAll(columns(prefix + component.getName() + ".", kind));
            } else {
                columns.add(new Column(prefix + component.getName(), typeOf(kind)));
            }
        }
        return columns;
    }

    private static void add(String name, Record item, @Nullable Object parentId, Map<String, BundleTable> tables) {
        List<@Nullable Object> row = new ArrayList<>();
        if (parentId != null) {
            row.add(parentId);
        }
        row.addAll(values(item));
        Objects.requireNonNull(tables.get(name), name).rows().add(row);
        for (RecordComponent component : item.getClass().getRecordComponents()) {
            if (recordElement(component) != null) {
                Object id = idOf(item);
                for (Object child : (List<?>) Objects.requireNonNull(value(item, component))) {
                    add(name + "_" + component.getName(), (Record) child, id, tables);
                }
            }
        }
    }

    private static List<@Nullable Object> values(Record item) {
        List<@Nullable Object> values = new ArrayList<>();
        for (RecordComponent component : item.getClass().getRecordComponents()) {
            if (recordElement(component) != null) {
                continue;
            }
            Object value = value(item, component);
            if (component.getType().isRecord()) {
                values.addAll(values((Record) Objects.requireNonNull(value, component.getName())));
            } else if (value instanceof List<?> codes) {
                values.add(codes.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR)));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    /** The element type of a list of records, or null for any other field. */
    private static @Nullable Class<?> recordElement(RecordComponent component) {
        if (component.getType() == List.class
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return element;
        }
        return null;
    }

    private static String typeOf(Class<?> kind) {
        if (kind == long.class || kind == int.class || kind == Long.class || kind == Integer.class) {
            return "integer";
        }
        if (kind == double.class || kind == Double.class) {
            return "number";
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return "boolean";
        }
        if (kind == Instant.class) {
            return "date-time (ISO 8601, UTC)";
        }
        if (kind.isEnum()) {
            return "one of "
                    + Arrays.stream(kind.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (kind == List.class) {
            return "codes separated by " + LIST_SEPARATOR;
        }
        return "text";
    }

    // The datasets and nested lists are plural nouns (motions, votes, statements); a row of one is named singular.
    private static String singular(String table) {
        String last = table.substring(table.lastIndexOf('_') + 1);
        return last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    }

    private static Object idOf(Record item) {
        return Arrays.stream(item.getClass().getRecordComponents())
                .filter(component -> component.getName().equals("id"))
                .map(component -> Objects.requireNonNull(value(item, component)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(item.getClass() + " has lists but no id"));
    }

    private static @Nullable Object value(Record item, RecordComponent component) {
        try {
            return component.getAccessor().invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(component.toString(), e);
        }
    }
}
