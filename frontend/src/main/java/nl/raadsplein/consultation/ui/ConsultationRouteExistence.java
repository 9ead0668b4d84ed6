package nl.raadsplein.consultation.ui;

import com.vaadin.flow.router.RouteParameters;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.ui.RouteExistence;
import nl.raadsplein.ui.RouteIds;

/** A page of one consultation, named by a route parameter: a 404 document when no such consultation exists. */
public abstract class ConsultationRouteExistence implements RouteExistence {

    private final ConsultationService consultations;
    private final String parameter;

    protected ConsultationRouteExistence(ConsultationService consultations, String parameter) {
        this.consultations = consultations;
        this.parameter = parameter;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return RouteIds.tryParse(parameters.get(parameter).orElse("")).map(consultations::exists)
                .orElse(false);
    }
}
