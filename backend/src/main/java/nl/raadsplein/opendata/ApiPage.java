package nl.raadsplein.opendata;

import java.util.List;

/** One page of a public list: {@code page} counts from 0, {@code total} is the number of items in all pages. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ApiPage {
        items = List.copyOf(items);
    }

    /** The page of an already complete list, for lists short enough to read whole (the agenda's themes). */
    static <T> ApiPage<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ApiPage<>(all.subList(from, to), page, size, all.size());
    }
}
