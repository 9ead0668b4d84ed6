package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.Component;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ui.ConsultationRouteExistence;

/** The rules page of a consultation that does not exist is a 404 document. */
@org.springframework.stereotype.Component
class ConductRulesExistence extends ConsultationRouteExistence {

    ConductRulesExistence(ConsultationService consultations) {
        super(consultations, ConductRulesView.ID);
    }

    @Override
    public Class<? extends Component> view() {
        return ConductRulesView.class;
    }
}
