package nl.raadsplein.ui;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;

/**
 * The address the current request came from (behind a proxy, from {@code X-Forwarded-For}), for the services' login
 * throttle and mail limits; they take it as a value in their command, never the request.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static @Nullable String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
