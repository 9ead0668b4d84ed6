package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.ui.RouteExistence;

@org.springframework.stereotype.Component
class ConsultationExistence implements RouteExistence {

    private final ConsultationService consultations;

    ConsultationExistence(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public Class<? extends Component> view() {
        return ConsultationView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        String id = parameters.get(ConsultationView.ID).orElse("");
        return id.matches("[1-9][0-9]{0,17}") && consultations.exists(Long.parseLong(id));
    }
}
