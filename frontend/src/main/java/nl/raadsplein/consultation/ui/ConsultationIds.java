package nl.raadsplein.consultation.ui;

import com.vaadin.flow.router.NotFoundException;

/** A consultation id from an address: anything but a positive number is an address that does not exist. */
final class ConsultationIds {

    private ConsultationIds() {
    }

    static long parse(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw new NotFoundException();
    }
}
