package nl.raadsplein.account;

import java.time.LocalDate;

/** What a resident types to show that the census knows them. */
public record ResidencyClaim(String postcode, String houseNumber, LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "ResidencyClaim[]";
    }
}
