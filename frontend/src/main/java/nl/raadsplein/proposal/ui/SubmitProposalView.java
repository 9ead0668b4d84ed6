package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.moderation.ui.ConductRulesNote;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSubmission;
import nl.raadsplein.proposal.ProposalSummary;
import nl.raadsplein.proposal.SupportService;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;

/**
 * A resident writes a proposal for a consultation. Before it is submitted, the step "Controleren" shows proposals
 * that read alike, which the resident can support instead, in place, and warns when the title or text looks like
 * it holds personal data: the resident edits it, or posts anyway for the griffie to review first.
 */
@Route(SubmitProposalView.ROUTE)
@PermitAll
public class SubmitProposalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "raadplegingen/:id/voorstel-indienen";
    public static final String ID = "id";

    private final ProposalService proposals;
    private final SupportService supports;
    private final ConsultationService consultations;
    private final AgendaService agenda;
    private final SupportBroadcaster broadcaster;
    private final Participant participant;
    private final ConductRulesService conductRules;
    private final Section similar = new Section();
    private final Button submit = new Button();
    private final Paragraph message = new Paragraph();
    private final PersonalDataWarning personalData = new PersonalDataWarning(this::edit, () -> submit(true));
    private @Nullable ProposalFields fields;
    private long consultationId;

    public SubmitProposalView(
            ProposalService proposals,
            SupportService supports,
            ConsultationService consultations,
            AgendaService agenda,
            SupportBroadcaster broadcaster,
            Participant participant,
            ConductRulesService conductRules) {
        this.proposals = proposals;
        this.supports = supports;
        this.consultations = consultations;
        this.agenda = agenda;
        this.broadcaster = broadcaster;
        this.participant = participant;
        this.conductRules = conductRules;
        addClassName("submit-proposal");
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
        removeAll();
        consultationId = consultation.id();
        add(new RouterLink(
                getTranslation("proposalui.view.consultation", consultation.title()),
                ConsultationView.class,
                ConsultationView.parameters(consultation.id())));
        add(new H1(getTranslation("proposalui.submit.title")));
        if (!consultation.phase().acceptsProposals()) {
            Paragraph closed = new Paragraph(getTranslation(
                    "proposalui.submit.closed",
                    getTranslation("consultation.phase." + consultation.phase().name())));
            closed.addClassName("agenda-first");
            add(closed);
            return;
        }
        add(new Paragraph(getTranslation("proposalui.submit.intro", consultation.title())));
        add(new ConductRulesNote(conductRules.conductRulesOf(consultation, getLocale())));
        fields = new ProposalFields(agenda, consultation.topicCodes(), participant.organisations(), participant.name());
        add(fields);

        Button check = new Button(getTranslation("proposalui.submit.check"), e -> check());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout first = new FlexLayout(check);
        first.addClassName("actions");
        add(first);

        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        similar.addClassName("similar");
        similar.setVisible(false);
        submit.addClickListener(e -> submit(false));
        add(similar, message);
    }

    // Built in beforeEnter, before anything on the form can be clicked.
    private ProposalFields fields() {
        return Objects.requireNonNull(fields, "the form is built in beforeEnter");
    }

    private void check() {
        InputErrors.clear(fields().binder());
        message.setVisible(false);
        if (fields().title.getValue().isBlank()) {
            fields().title.setErrorMessage(getTranslation("error.required"));
            fields().title.setInvalid(true);
            fields().title.focus();
            return;
        }
        List<ProposalSummary> alike = proposals.similar(
                consultationId, fields().title.getValue(), fields().body.getValue());
        similar.removeAll();
        similar.add(new H2(getTranslation("proposalui.submit.similar-title")));
        if (alike.isEmpty()) {
            similar.add(new Paragraph(getTranslation("proposalui.submit.similar-none")));
            submit.setText(getTranslation("proposalui.submit.submit"));
        } else {
            similar.add(new Paragraph(getTranslation("proposalui.submit.similar-intro")));
            UnorderedList list = new UnorderedList();
            list.addClassName("similar-list");
            alike.stream().limit(5).forEach(s -> list.add(similarItem(s)));
            similar.add(list);
            submit.setText(getTranslation("proposalui.submit.submit-anyway"));
        }
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        similar.setVisible(true);
        if (personalData.check(fields().title.getValue(), fields().body.getValue())) {
            similar.add(personalData);
        } else {
            similar.add(submit);
        }
    }

    /** "Aanpassen" after the personal-data warning: back to the form, at the field it concerns, text kept. */
    private void edit(String field) {
        similar.setVisible(false);
        if ("title".equals(field)) {
            fields().title.focus();
        } else {
            fields().body.focus();
        }
    }

    private ListItem similarItem(ProposalSummary proposal) {
        RouterLink link = new RouterLink(proposal.title(), ProposalView.class, ProposalView.parameters(proposal.id()));
        ListItem item = new ListItem(new H3(link), new Paragraph(proposal.excerpt()));
        SupportControl support = new SupportControl(
                supports, broadcaster, proposals.proposal(proposal.id()), "proposalui.support.support-this");
        item.add(support);
        item.addClassName("card");
        return item;
    }

    private void submit(boolean personalDataConfirmed) {
        InputErrors.clear(fields().binder());
        message.setVisible(false);
        try {
            long id = proposals.submit(new ProposalSubmission(consultationId, fields().draft(), personalDataConfirmed));
            UI.getCurrent().navigate(ProposalView.class, ProposalView.parameters(id), ProposalView.submitted());
        } catch (InvalidInputException refused) {
            if (PersonalDataWarning.CONFIRM_NEEDED.equals(refused.messageKey())) {
                check(); // the text changed after "Controleren": warn about what is in it now
            } else {
                InputErrors.show(this, refused, fields().binder(), message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposalui.submit.title") + " | Raadsplein";
    }
}
