package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import nl.raadsplein.moderation.AppealService;
import nl.raadsplein.ui.RouteExistence;

/**
 * A decision's address is a 404 document unless it names a decision about the logged-in account's own item: what
 * exists depends on who asks, as the page itself shows "not found" for someone else's decision.
 */
@org.springframework.stereotype.Component
class DecisionExistence implements RouteExistence {

    private final AppealService appeals;

    DecisionExistence(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public Class<? extends Component> view() {
        return DecisionView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return DecisionView.decision(appeals, parameters).isPresent();
    }
}
