package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.Component;
import nl.raadsplein.consultation.ConsultationService;

@org.springframework.stereotype.Component
class ConsultationExistence extends ConsultationRouteExistence {

    ConsultationExistence(ConsultationService consultations) {
        super(consultations, ConsultationView.ID);
    }

    @Override
    public Class<? extends Component> view() {
        return ConsultationView.class;
    }
}
