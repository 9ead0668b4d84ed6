package nl.raadsplein.proposal.ui;

import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.RouteExistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which of this feature's parameterised addresses name something, for the status of their documents. */
@Configuration(proxyBeanMethods = false)
class ProposalRoutes {

    /** One this visitor may not see does not exist, unless it waits for review: the page shows a placeholder. */
    @Bean
    RouteExistence proposalExistence(ProposalService proposals) {
        return RouteExistence.ofId(ProposalView.class, ProposalView.ID, proposals::hasPage);
    }

    @Bean
    RouteExistence submitExistence(ConsultationService consultations) {
        return RouteExistence.ofId(SubmitProposalView.class, SubmitProposalView.ID, consultations::exists);
    }
}
