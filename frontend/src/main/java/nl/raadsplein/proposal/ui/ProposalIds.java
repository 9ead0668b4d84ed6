package nl.raadsplein.proposal.ui;

import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

/** Ids from addresses: anything but a positive number is an address that does not exist. */
final class ProposalIds {

    private ProposalIds() {
    }

    static Optional<Long> tryParse(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    static long parse(String value) {
        return tryParse(value).orElseThrow(NotFoundException::new);
    }
}
