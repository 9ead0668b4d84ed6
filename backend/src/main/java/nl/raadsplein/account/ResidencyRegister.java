package nl.raadsplein.account;

import java.util.Optional;

/**
 * Where the platform learns that a postcode, house number and date of birth belong to someone who lives in
 * the municipality. Today that is the census the griffie imports ({@link CensusRegister}); a client of the
 * Haal Centraal BRP API can take its place as another implementation without changing any caller.
 *
 * <p>The answer is a key that identifies the resident without revealing who they are, and that has a row in
 * {@code census_entry}, so that one account per resident is enforced on it however the register works.
 */
interface ResidencyRegister {

    /** The resident's key when the register knows these facts; empty when it does not. */
    Optional<String> residentKey(CensusFacts facts);
}
