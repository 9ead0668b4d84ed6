package nl.raadsplein.opendata.api;

import java.util.List;
import nl.raadsplein.opendata.ApiPage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A page as the API sends it: the items, where they are in the whole, and links to this and the next pages. */
public record PageResponse<T>(List<T> items, int page, int size, long total, Links links) {

    /** {@code next} and {@code prev} are left out of the JSON where there is no such page. */
    public record Links(
            String self, @Nullable String next, @Nullable String prev) {}

    static <T> PageResponse<T> of(ApiPage<T> page) {
        boolean hasNext = (long) (page.page() + 1) * page.size() < page.total();
        boolean hasPrev = page.page() > 0;
        return new PageResponse<>(
                page.items(),
                page.page(),
                page.size(),
                page.total(),
                new Links(
                        link(page.page(), page.size()),
                        hasNext ? link(page.page() + 1, page.size()) : null,
                        hasPrev ? link(page.page() - 1, page.size()) : null));
    }

    // Keeps the request's other parameters (the filters) so that following a link stays in the same list.
    private static String link(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
    }
}
