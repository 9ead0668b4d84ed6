package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.RouteExistence;
import nl.raadsplein.ui.RouteIds;

/** A proposal's address is a 404 document when the proposal does not exist or this visitor may not see it. */
@org.springframework.stereotype.Component
class ProposalExistence implements RouteExistence {

    private final ProposalService proposals;

    ProposalExistence(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public Class<? extends Component> view() {
        return ProposalView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return RouteIds.tryParse(parameters.get(ProposalView.ID).orElse("")).map(id -> {
            try {
                proposals.proposal(id);
                return true;
            } catch (NoSuchItemException e) {
                return proposals.underReview(id);
            }
        }).orElse(false);
    }
}
