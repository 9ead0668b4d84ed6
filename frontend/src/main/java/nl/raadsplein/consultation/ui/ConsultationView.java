package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.agenda.ui.ThemeView;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.consultation.PhaseDates;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionSummary;
import nl.raadsplein.deliberation.ui.DiscussionLinks;
import nl.raadsplein.moderation.ui.ConductRulesView;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.ui.CitingMotions;
import nl.raadsplein.opendata.ArchiveService;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ui.ProposalList;
import nl.raadsplein.proposal.ui.SubmitProposalView;
import nl.raadsplein.ui.Downloads;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.RouteIds;

/** One consultation: what it is about, where it stands, what came of it. */
@Route("raadplegingen/:id")
@AnonymousAllowed
public class ConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    public static RouteParameters parameters(long consultationId) {
        return new RouteParameters(ID, String.valueOf(consultationId));
    }

    private final DiscussionService discussions;
    private final ConsultationService consultations;
    private final AgendaService agenda;
    private final AuthenticationContext authentication;
    private final ProposalService proposals;
    private String title = "";

    private final MotionQueries motions;
    private final ArchiveService archives;

    public ConsultationView(
            ConsultationService consultations,
            AgendaService agenda,
            AuthenticationContext authentication,
            ProposalService proposals,
            DiscussionService discussions,
            MotionQueries motions,
            ArchiveService archives) {
        this.motions = motions;
        this.archives = archives;
        this.consultations = consultations;
        this.discussions = discussions;
        this.proposals = proposals;
        this.agenda = agenda;
        this.authentication = authentication;
        addClassName("consultation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get(ID).orElse(""));
        Consultation consultation;
        try {
            consultation = consultations.consultation(id);
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
        show(consultation, getLocale());
    }

    private void show(Consultation consultation, Locale locale) {
        removeAll();
        title = consultation.title();
        add(new RouterLink(getTranslation("consultations.back"), ConsultationsView.class));
        add(new H1(consultation.title()), new PhaseBadge(consultation.phase()));
        Paragraph summary = new Paragraph(consultation.summary());
        summary.addClassName("lead");
        add(summary);
        if (authentication.hasAnyRole("GRIFFIER", "ADMIN")) {
            add(new RouterLink(
                    getTranslation("consultation.edit"),
                    ConsultationEditorView.class,
                    new RouteParameters(ConsultationEditorView.ID, String.valueOf(consultation.id()))));
            if (consultation.phase() == Phase.CLOSED || consultation.phase() == Phase.OUTCOME_PUBLISHED) {
                Paragraph archive = new Paragraph(Downloads.link(
                        getTranslation("consultation.archive"),
                        "raadpleging-" + consultation.id() + "-archief.zip",
                        "application/zip",
                        () -> archives.consultation(consultation.id()).zip()));
                archive.addClassName("archive-export");
                add(archive);
            }
        }

        if (consultation.outcomePublishedAt() != null) {
            Section outcome = new Section(
                    new H2(getTranslation("consultation.outcome")),
                    new Paragraph(consultation.outcome()),
                    meta(getTranslation(
                            "consultation.outcome-published",
                            Formats.date(consultation.outcomePublishedAt(), locale))));
            outcome.addClassName("agenda-first");
            add(outcome);
        }

        add(new Section(new H2(getTranslation("consultation.timeline")), timeline(consultation, locale)));
        Html body = new Html(consultation.bodyHtml());
        add(new Section(new H2(getTranslation("consultation.context")), body));
        add(proposalSection(consultation));
        List<DiscussionSummary> grown = discussions.forConsultation(consultation.id(), 100);
        if (!grown.isEmpty()) {
            UnorderedList list = new UnorderedList();
            grown.forEach(d -> list.add(DiscussionLinks.item(d)));
            add(new Section(new H2(getTranslation("deliberationui.consultation.title")), list));
        }
        add(new CitingMotions(motions, CitationKind.CONSULTATION, consultation.id()));
        add(links(consultation, locale));
    }

    private OrderedList timeline(Consultation consultation, Locale locale) {
        PhaseDates dates = consultation.dates();
        Map<Phase, Instant> starts = Map.of(
                Phase.INFORMATION,
                dates.informationFrom(),
                Phase.PROPOSALS,
                dates.proposalsFrom(),
                Phase.SUPPORTS,
                dates.supportsFrom(),
                Phase.DELIBERATION,
                dates.deliberationFrom(),
                Phase.CLOSED,
                dates.closedFrom());
        OrderedList list = new OrderedList();
        list.addClassName("timeline");
        for (Phase phase :
                List.of(Phase.INFORMATION, Phase.PROPOSALS, Phase.SUPPORTS, Phase.DELIBERATION, Phase.CLOSED)) {
            ListItem item = new ListItem(new Span(getTranslation(
                    "consultation.phase-from",
                    getTranslation("consultation.phase." + phase.name()),
                    Formats.dateTime(Objects.requireNonNull(starts.get(phase)), locale))));
            if (phase == consultation.phase()) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
                item.add(new Span(" " + getTranslation("consultation.now")));
            }
            list.add(item);
        }
        return list;
    }

    private Section links(Consultation consultation, Locale locale) {
        UnorderedList themes = new UnorderedList();
        Map<String, String> themeNames = agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .collect(Collectors.toMap(
                        t -> t.code(), t -> t.code() + " " + t.name().in(locale)));
        consultation
                .themeCodes()
                .forEach(code -> themes.add(new ListItem(
                        new RouterLink(themeNames.get(code), ThemeView.class, new RouteParameters("code", code)))));
        Map<String, String> topicNames = agenda.digitalTopics().stream()
                .collect(Collectors.toMap(ReferenceItem::code, t -> t.name().in(locale)));
        UnorderedList topics = new UnorderedList();
        consultation.topicCodes().forEach(code -> topics.add(new ListItem(topicNames.get(code))));
        Section section = new Section(new H2(getTranslation("consultation.themes")), themes);
        if (!consultation.topicCodes().isEmpty()) {
            section.add(new H2(getTranslation("consultation.topics")), topics);
        }
        return section;
    }

    private Section proposalSection(Consultation consultation) {
        Section section = new Section(new H2(getTranslation("proposalui.consultation.proposals")));
        section.addClassName("consultation-proposals");
        if (consultation.phase().acceptsProposals()) {
            RouterLink submit = new RouterLink(
                    getTranslation("proposalui.consultation.submit"),
                    SubmitProposalView.class,
                    SubmitProposalView.parameters(consultation.id()));
            submit.addClassName("call-to-action");
            section.add(new Paragraph(submit));
        }
        section.add(new Paragraph(new RouterLink(
                getTranslation("consultation.conduct-rules"),
                ConductRulesView.class,
                ConductRulesView.parameters(consultation.id()))));
        section.add(new ProposalList(
                proposals, consultations, agenda, authentication.isAuthenticated(), consultation.id(), false));
        return section;
    }

    private static Paragraph meta(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("meta");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
