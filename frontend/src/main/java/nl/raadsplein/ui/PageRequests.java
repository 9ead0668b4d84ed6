package nl.raadsplein.ui;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** A browser asking for a page by its address (not a resource, not Vaadin's own traffic), and its view. */
public final class PageRequests {

    /** Style sheets, icons and the like end in a file extension; route parameters such as "3A.1" do not. */
    private static final Pattern STATIC_FILE = Pattern.compile(".*\\.[A-Za-z]{2,5}");

    private PageRequests() {}

    static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod())
                && accept != null
                && accept.contains("text/html")
                && request.getParameter("v-r") == null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/")
                && !STATIC_FILE.matcher(request.getRequestURI()).matches();
    }

    static NavigationRouteTarget target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationRouteTarget(path);
    }

    /**
     * Addresses no view answers to. Let through, they reach Vaadin's not-found view (with a 404) instead of a
     * login page for visitors and an empty 403 for everyone else.
     */
    public static RequestMatcher unknownPage() {
        return request -> isPageRequest(request) && !target(request).hasTarget();
    }
}
