package nl.raadsplein.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.agenda.ui.AgendaView;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.consultation.ui.ConsultationsView;
import nl.raadsplein.consultation.ui.PhaseBadge;
import nl.raadsplein.proposal.ui.SubmitProposalView;

/**
 * What a resident finds first, on a phone too: what is open now, until when, and what she can do there; then
 * what came of earlier consultations. The agenda's tree is one click away.
 */
@Route("")
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Enough for the first screen; the full lists are one click away. */
    private static final int SHOWN = 5;

    private static final int OUTCOMES_SHOWN = 3;

    private final ConsultationService consultations;

    public HomeView(ConsultationService consultations) {
        this.consultations = consultations;
        addClassName("home");
    }

    /** Read at every visit: Vaadin keeps this view when the brand link leads back to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));

        List<ConsultationSummary> open = consultations.openByDeadline(SHOWN);
        Section now = new Section(new H2(getTranslation("home.open.title")));
        now.addClassName("home-open");
        if (open.isEmpty()) {
            now.add(new Paragraph(getTranslation("home.open.none")));
        }
        open.forEach(consultation -> now.add(openCard(consultation, locale)));
        now.add(new Paragraph(new RouterLink(getTranslation("home.open.all"), ConsultationsView.class)));
        add(now);

        List<ConsultationSummary> closed = consultations.list(
                new ConsultationFilter(ConsultationFilter.Status.CLOSED, null, null), 0, OUTCOMES_SHOWN);
        if (!closed.isEmpty()) {
            Section outcomes = new Section(new H2(getTranslation("home.outcomes.title")));
            outcomes.addClassName("home-outcomes");
            closed.forEach(consultation -> outcomes.add(card(consultation)));
            add(outcomes);
        }

        add(new Section(
                new H2(getTranslation("home.agenda.title")),
                new Paragraph(getTranslation("home.agenda.text")),
                new Paragraph(new RouterLink(getTranslation("home.agenda.link"), AgendaView.class))));
    }

    private Div openCard(ConsultationSummary consultation, Locale locale) {
        Div card = card(consultation);
        Instant ends = consultation.dates().endOf(consultation.phase());
        if (ends != null) {
            Paragraph deadline = new Paragraph(
                    getTranslation("home.open.until." + consultation.phase().name(), Formats.dateTime(ends, locale)));
            deadline.addClassName("deadline");
            card.add(deadline);
        }
        RouterLink action = consultation.phase().acceptsProposals()
                ? new RouterLink(
                        getTranslation("home.action.PROPOSALS"),
                        SubmitProposalView.class,
                        SubmitProposalView.parameters(consultation.id()))
                : new RouterLink(
                        getTranslation("home.action." + consultation.phase().name()),
                        ConsultationView.class,
                        ConsultationView.parameters(consultation.id()));
        action.addClassName("call-to-action");
        card.add(new Paragraph(action));
        return card;
    }

    private Div card(ConsultationSummary consultation) {
        H3 title = new H3(new RouterLink(
                consultation.title(), ConsultationView.class, ConsultationView.parameters(consultation.id())));
        Div card = new Div(title, new PhaseBadge(consultation.phase()), new Paragraph(consultation.summary()));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | Raadsplein";
    }
}
