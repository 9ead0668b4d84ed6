package nl.raadsplein.opendata.oparl;

import nl.raadsplein.platform.InvalidInputException;

/** Which page of an OParl list is asked for: OParl counts pages from 1 and calls their size {@code limit}. */
public record OparlPage(int page, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public OparlPage {
        if (page < 1 || (long) page * limit > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "opendata.oparl.page.invalid");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "opendata.oparl.limit.invalid", MAX_LIMIT);
        }
    }

    int offset() {
        return (page - 1) * limit;
    }
}
