package nl.raadsplein.opendata.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.raadsplein.platform.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** A page of an OParl external list: the objects, where the page is in the whole, and links to the pages around it. */
record OparlList<T>(List<T> data, Pagination pagination, Links links) {

    record Pagination(long totalElements, int elementsPerPage, int currentPage, int totalPages) {}

    /** {@code next} is there on every page but the last, {@code prev} on every page but the first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Links(
            String first,
            @Nullable String prev,
            String self,
            @Nullable String next,
            String last) {}

    static <T> OparlList<T> of(OparlItems<T> items, HttpServletRequest request, PlatformProperties platform) {
        int page = items.page().page();
        int limit = items.page().limit();
        int pages = (int) Math.max(1, (items.total() + limit - 1) / limit);
        return new OparlList<>(
                items.data(),
                new Pagination(items.total(), limit, page, pages),
                new Links(
                        link(request, platform, 1),
                        page > 1 ? link(request, platform, page - 1) : null,
                        link(request, platform, page),
                        page < pages ? link(request, platform, page + 1) : null,
                        link(request, platform, pages)));
    }

    /** A list of the one object there is, such as the bodies of this system. */
    static <T> OparlList<T> single(T object, HttpServletRequest request, PlatformProperties platform) {
        return of(new OparlItems<>(List.of(object), new OparlPage(1, OparlPage.DEFAULT_LIMIT), 1), request, platform);
    }

    // From the configured base URL, as the ids are, keeping the request's filters so that every page is of one list.
    private static String link(HttpServletRequest request, PlatformProperties platform, int page) {
        return UriComponentsBuilder.fromUriString(platform.link(request.getRequestURI()))
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build(true)
                .toUriString();
    }
}
