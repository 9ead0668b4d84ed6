package nl.raadsplein.platform.internal;

import java.util.Arrays;
import org.jooq.Record;
import org.jooq.Result;

/** Builds a {@link PersonalDataTable} from a query's result: its field names become the columns. */
public final class PersonalDataTables {

    private PersonalDataTables() {}

    public static PersonalDataTable of(String name, Result<? extends Record> result) {
        return new PersonalDataTable(
                name,
                Arrays.stream(result.fields()).map(f -> f.getName()).toList(),
                result.stream().map(r -> Arrays.asList(r.intoArray())).toList());
    }
}
