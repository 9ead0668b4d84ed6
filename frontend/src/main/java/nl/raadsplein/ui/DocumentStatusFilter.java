package nl.raadsplein.ui;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin answers every page address with the same bootstrap document and 200, and only then decides in a
 * second request that the view does not exist. Search engines, link checkers and archives read the status
 * of the document, so an address that shows "page not found" must be a 404 there too.
 */
@Component
class DocumentStatusFilter extends OncePerRequestFilter {

    /** Style sheets, icons and the like end in a file extension; route parameters such as "3A.1" do not. */
    private static final Pattern STATIC_FILE = Pattern.compile(".*\\.[A-Za-z]{2,5}");

    private final List<RouteExistence> checks;

    DocumentStatusFilter(List<RouteExistence> checks) {
        this.checks = checks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod())
                || accept == null || !accept.contains("text/html")
                || request.getParameter("v-r") != null
                || request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/")
                || STATIC_FILE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        NavigationRouteTarget target = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationRouteTarget(path);
        boolean found = target.hasTarget() && checks.stream()
                .filter(check -> check.view() == target.getRouteTarget().getTarget())
                .allMatch(check -> check.exists(target.getRouteParameters()));
        if (!found) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }
}
