package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.ui.RouteExistence;
import nl.raadsplein.ui.RouteIds;

/** The submit page of a consultation that does not exist is a 404 document. */
@org.springframework.stereotype.Component
class SubmitExistence implements RouteExistence {

    private final ConsultationService consultations;

    SubmitExistence(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public Class<? extends Component> view() {
        return SubmitProposalView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return RouteIds.tryParse(parameters.get(SubmitProposalView.ID).orElse(""))
                .map(consultations::exists).orElse(false);
    }
}
