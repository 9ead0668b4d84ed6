package nl.raadsplein.platform.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of what the platform holds on a person, for their download: a name (the file name in the ZIP, such as
 * {@code proposals}), the column names and the rows, each value a string, number, boolean, time or null.
 */
public record PersonalDataTable(String name, List<String> columns, List<List<@Nullable Object>> rows) {

    public PersonalDataTable {
        for (List<@Nullable Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " values for " + columns);
            }
        }
    }
}
