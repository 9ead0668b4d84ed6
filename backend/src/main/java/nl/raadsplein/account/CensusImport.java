package nl.raadsplein.account;

import java.util.List;

/**
 * What an import of the census file did.
 *
 * @param imported     lines stored as new entries
 * @param alreadyKnown valid lines whose entry was there already (from an earlier import or higher up in the file)
 * @param refusedLines one text per refused line, {@code "line 7: postcode"}: the line number in the file and the
 *                     first column found wrong ({@code postcode}, {@code houseNumber}, {@code dateOfBirth}, or
 *                     {@code columns} for a line with too few columns); never the refused value itself
 */
public record CensusImport(int imported, int alreadyKnown, List<String> refusedLines) {

    public CensusImport {
        refusedLines = List.copyOf(refusedLines);
    }
}
