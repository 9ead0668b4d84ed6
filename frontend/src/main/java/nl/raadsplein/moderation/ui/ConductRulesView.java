package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.moderation.ConductRules;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.RouteIds;

/** A consultation's rules of conduct on a page of their own, or the platform's when it has none, saying so. */
@Route(ConductRulesView.ROUTE)
@AnonymousAllowed
public class ConductRulesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "raadplegingen/:id/spelregels";
    public static final String ID = "id";

    private final ConsultationService consultations;
    private final ConductRulesService conductRules;
    private String title = "";

    public ConductRulesView(ConsultationService consultations, ConductRulesService conductRules) {
        this.consultations = consultations;
        this.conductRules = conductRules;
        addClassName("conduct-rules-page");
    }

    public static RouteParameters parameters(long consultationId) {
        return new RouteParameters(ID, String.valueOf(consultationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get(ID).orElse(""));
        try {
            show(consultations.consultation(id));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
    }

    private void show(Consultation consultation) {
        ConductRules rules = conductRules.conductRulesOf(consultation, getLocale());
        removeAll();
        title = consultation.title();
        add(new RouterLink(
                getTranslation("moderationui.rules.consultation", consultation.title()),
                ConsultationView.class,
                ConsultationView.parameters(consultation.id())));
        add(new H1(getTranslation("moderationui.rules.title")));
        Paragraph intro = new Paragraph(getTranslation("moderationui.rules.intro", consultation.title()));
        intro.addClassName("lead");
        add(intro);
        if (rules.platformDefault()) {
            add(new Paragraph(getTranslation("moderationui.rules.platform-default")));
        }
        add(new ConductRulesText(rules.text()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderationui.rules.page-title", title) + " | Raadsplein";
    }
}
