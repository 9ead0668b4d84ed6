package nl.raadsplein.opendata.oparl;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters every OParl list takes: the page and its size ({@code page}, {@code limit}) and the date
 * filters, each a full date-time with offset. A value that does not parse is refused, naming the parameter.
 */
final class OparlQuery {

    private OparlQuery() {}

    static OparlFilter filter(HttpServletRequest request) {
        return new OparlFilter(
                time(request, "created_since"),
                time(request, "created_until"),
                time(request, "modified_since"),
                time(request, "modified_until"));
    }

    static OparlPage page(HttpServletRequest request) {
        return new OparlPage(number(request, "page", 1), number(request, "limit", OparlPage.DEFAULT_LIMIT));
    }

    private static @Nullable OffsetDateTime time(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "opendata.parameter.invalid", name);
        }
    }

    private static int number(HttpServletRequest request, String name, int absent) {
        String value = request.getParameter(name);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "opendata.parameter.invalid", name);
        }
    }
}
