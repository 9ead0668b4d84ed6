package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.RouteIds;

/** All proposals of all consultations, to search, filter and sort. */
@Route(ProposalsView.ROUTE)
@AnonymousAllowed
public class ProposalsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "voorstellen";
    public static final String THEME_PARAMETER = "thema";
    public static final String CONSULTATION_PARAMETER = "raadpleging";

    private final ProposalList list;

    public ProposalsView(
            ProposalService proposals,
            ConsultationService consultations,
            AgendaService agenda,
            Participant participant) {
        addClassName("proposals");
        add(new H1(getTranslation("proposalui.list.title")), new Paragraph(getTranslation("proposalui.list.intro")));
        list = new ProposalList(proposals, consultations, agenda, participant.loggedIn(), null, true);
        add(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String theme = parameters.getOrDefault(THEME_PARAMETER, List.of()).stream()
                .findFirst()
                .orElse(null);
        Long consultation = parameters.getOrDefault(CONSULTATION_PARAMETER, List.of()).stream()
                .findFirst()
                .flatMap(RouteIds::tryParse)
                .orElse(null);
        list.preset(consultation, theme);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposalui.list.title") + " | Raadsplein";
    }
}
