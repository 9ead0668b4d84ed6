package nl.raadsplein.platform;

/** The one bounds check of a page asked for by offset and limit: a larger page is a programming error, not a wish. */
public final class Paging {

    public static final int MAX_LIMIT = 500;

    private Paging() {}

    public static void check(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
