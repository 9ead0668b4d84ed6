package nl.raadsplein.proposal.ui;

import com.vaadin.flow.server.VaadinSession;
import java.security.SecureRandom;

/**
 * One random order per visitor: the seed lives in the session, so paging and coming back keep the order while
 * no proposal wins attention by always being first.
 */
final class RandomSeeds {

    private static final String ATTRIBUTE = RandomSeeds.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSeeds() {}

    static long current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return 0;
        }
        Object seed = session.getAttribute(ATTRIBUTE);
        if (seed instanceof Long value) {
            return value;
        }
        long value = RANDOM.nextLong() & Long.MAX_VALUE;
        session.setAttribute(ATTRIBUTE, value);
        return value;
    }
}
