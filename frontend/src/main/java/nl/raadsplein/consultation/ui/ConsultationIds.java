package nl.raadsplein.consultation.ui;

import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

/** A consultation id from an address: anything but a positive number is an address that does not exist. */
public final class ConsultationIds {

    private ConsultationIds() {
    }

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
