package nl.raadsplein.account;

import java.io.Reader;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads a census file and stores its valid lines as keyed hashes, inside the caller's transaction. */
@Component
class CensusImporter {

    private final CensusKey censusKey;
    private final ResidencyRepository residency;
    private final Clock clock;

    CensusImporter(CensusKey censusKey, ResidencyRepository residency, Clock clock) {
        this.censusKey = censusKey;
        this.residency = residency;
        this.clock = clock;
    }

    /** @param importedBy the account importing, or {@code null} for start-up work */
    CensusImport importFile(Reader csv, @Nullable Long importedBy) {
        if (!censusKey.available()) {
            throw new InvalidInputException("file", "account.error.census-secret-missing", CensusKey.MINIMUM_LENGTH);
        }
        CensusFile.Parsed parsed = CensusFile.read(csv, clock);
        Set<String> hashes = new LinkedHashSet<>();
        for (CensusFacts facts : parsed.facts()) {
            hashes.add(censusKey.hash(facts, "file", "account.error.census-secret-missing"));
        }
        int imported = residency.insertHashes(List.copyOf(hashes), importedBy, clock.instant());
        return new CensusImport(imported, parsed.facts().size() - imported, parsed.refusedLines());
    }
}
