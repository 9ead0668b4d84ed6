package nl.raadsplein.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * Whether the item a parameterised route names exists for this visitor, so that its document can be answered with
 * 404 where the view itself shows "page not found". Each feature declares one per such view, as a bean.
 *
 * @param view the view the route leads to
 * @param parameter the route parameter that names the item
 * @param check whether the parameter's value (empty when the address has none) names an item this visitor may see
 */
public record RouteExistence(Class<? extends Component> view, String parameter, Predicate<String> check) {

    /** An item named by its id: anything but a positive number names nothing, and the check never sees it. */
    public static RouteExistence ofId(Class<? extends Component> view, String parameter, LongPredicate check) {
        return new RouteExistence(
                view,
                parameter,
                value -> RouteIds.tryParse(value).map(check::test).orElse(false));
    }

    public boolean exists(RouteParameters parameters) {
        return check.test(parameters.get(parameter).orElse(""));
    }
}
