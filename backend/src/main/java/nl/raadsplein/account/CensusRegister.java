package nl.raadsplein.account;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The residency register built from the census files the griffie imports: keyed hashes of the facts. */
@Component
class CensusRegister implements ResidencyRegister {

    private final CensusKey censusKey;
    private final ResidencyRepository residency;

    CensusRegister(CensusKey censusKey, ResidencyRepository residency) {
        this.censusKey = censusKey;
        this.residency = residency;
    }

    @Override
    public Optional<String> residentKey(CensusFacts facts) {
        String hash = censusKey.hash(facts, "postcode", "account.error.census-unavailable");
        return residency.entryExists(hash) ? Optional.of(hash) : Optional.empty();
    }
}
