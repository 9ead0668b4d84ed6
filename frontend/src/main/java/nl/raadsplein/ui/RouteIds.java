package nl.raadsplein.ui;

import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

/** Ids from addresses: anything but a positive number is an address that does not exist. */
public final class RouteIds {

    private RouteIds() {}

    public static Optional<Long> tryParse(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    public static long parse(String value) {
        return tryParse(value).orElseThrow(NotFoundException::new);
    }
}
