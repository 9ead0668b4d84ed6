package nl.raadsplein.account;

import java.time.LocalDate;

/**
 * A resident whom the griffier helps in person or by phone: the facts the census knows them by, and the name to
 * show on a new offline account.
 */
public record AssistedResident(String postcode, String houseNumber, LocalDate dateOfBirth, String displayName) {

    @Override
    public String toString() {
        return "AssistedResident[displayName=" + displayName + "]";
    }
}
