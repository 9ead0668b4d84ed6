package nl.raadsplein.account;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident whom the griffier helps in person or by phone: the facts the census knows them by, and the name to
 * show on a new offline account.
 */
public record AssistedResident(
        @Nullable String postcode,
        @Nullable String houseNumber,
        @Nullable LocalDate dateOfBirth,
        @Nullable String displayName) {

    @Override
    public String toString() {
        return "AssistedResident[displayName=" + displayName + "]";
    }
}
