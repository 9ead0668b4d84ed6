package nl.raadsplein.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

/** Says whether the item a parameterised route names exists, so its document can be answered with 404. */
public interface RouteExistence {

    Class<? extends Component> view();

    boolean exists(RouteParameters parameters);
}
