package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Component;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ui.ConsultationRouteExistence;

/** The submit page of a consultation that does not exist is a 404 document. */
@org.springframework.stereotype.Component
class SubmitExistence extends ConsultationRouteExistence {

    SubmitExistence(ConsultationService consultations) {
        super(consultations, SubmitProposalView.ID);
    }

    @Override
    public Class<? extends Component> view() {
        return SubmitProposalView.class;
    }
}
