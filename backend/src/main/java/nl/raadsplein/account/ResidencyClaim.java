package nl.raadsplein.account;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a resident types to show that the census knows them. */
public record ResidencyClaim(
        @Nullable String postcode,
        @Nullable String houseNumber,
        @Nullable LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "ResidencyClaim[]";
    }
}
