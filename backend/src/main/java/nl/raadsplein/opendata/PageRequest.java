package nl.raadsplein.opendata;

import nl.raadsplein.platform.InvalidInputException;

/** Which page of a public list is asked for; rejects what no page can answer. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "opendata.page.invalid");
        }
        if (size < 1 || size > ApiPage.MAX_SIZE) {
            throw new InvalidInputException("size", "opendata.size.invalid", ApiPage.MAX_SIZE);
        }
    }

    int offset() {
        return page * size;
    }
}
