package nl.raadsplein.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin answers every page address with the same bootstrap document and 200, and only then decides in a
 * second request that the view does not exist or is not for this user (then it shows "page not found" too,
 * so as not to reveal what exists). Search engines, link checkers and archives read the status of the
 * document, so such an address must be a 404 there as well.
 */
@Component
class DocumentStatusFilter extends OncePerRequestFilter {

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private final List<RouteExistence> checks;

    DocumentStatusFilter(List<RouteExistence> checks) {
        this.checks = checks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PageRequests.isPageRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        NavigationRouteTarget target = PageRequests.target(request);
        boolean found = target.hasTarget()
                && ACCESS.hasAccess(target.getRouteTarget().getTarget(), request)
                && exists(target.getRouteTarget().getTarget(), target.getRouteParameters());
        if (!found) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    /** Whether what the parameters name exists for this visitor; a view no check is declared for always exists. */
    boolean exists(Class<?> view, RouteParameters parameters) {
        return checks.stream().filter(check -> check.view() == view).allMatch(check -> check.exists(parameters));
    }
}
