package nl.raadsplein.agenda.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.Theme;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionSummary;
import nl.raadsplein.deliberation.ui.DiscussionLinks;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionSummary;
import nl.raadsplein.motion.ThemeFigures;
import nl.raadsplein.motion.ui.MotionUi;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalQuery;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSort;
import nl.raadsplein.proposal.ProposalSummary;
import nl.raadsplein.proposal.ui.ProposalView;
import nl.raadsplein.proposal.ui.ProposalsView;

/**
 * One theme: what it means and, as the platform grows, the consultations, proposals, value discussions
 * and motions linked to it.
 */
@Route("agenda/:code")
@AnonymousAllowed
public class ThemeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final AgendaService agenda;
    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final DiscussionService discussions;
    private final MotionQueries motions;
    private String title = "";

    public ThemeView(
            AgendaService agenda,
            ConsultationService consultations,
            ProposalService proposals,
            DiscussionService discussions,
            MotionQueries motions) {
        this.agenda = agenda;
        this.motions = motions;
        this.discussions = discussions;
        this.proposals = proposals;
        this.consultations = consultations;
        addClassName("theme");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        Theme theme;
        try {
            theme = agenda.theme(code);
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
        show(theme, getLocale());
    }

    private void show(Theme theme, Locale locale) {
        removeAll();
        title = theme.code() + " " + theme.name().in(locale);
        Nav breadcrumb = new Nav(
                new RouterLink(getTranslation("agenda.title"), AgendaView.class),
                new Span(" › " + theme.goalCode() + ". " + theme.goalName().in(locale)),
                new Span(" › " + theme.topicCode() + " " + theme.topicName().in(locale)));
        breadcrumb.addClassName("breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", getTranslation("agenda.breadcrumb"));
        add(breadcrumb, new H1(title));
        if (theme.highlighted()) {
            Paragraph first = new Paragraph(getTranslation("agenda.first.theme-note"));
            first.addClassName("agenda-first");
            add(first);
        }
        add(new Paragraph(theme.description().in(locale)));

        Section topics = new Section(new H2(getTranslation("agenda.theme.digital-topics")));
        UnorderedList topicList = new UnorderedList();
        theme.digitalTopics().forEach(t -> topicList.add(new ListItem(t.name().in(locale))));
        topics.add(theme.digitalTopics().isEmpty() ? new Paragraph(getTranslation("agenda.theme.none")) : topicList);
        add(topics);

        List<ConsultationSummary> linked = consultations.list(new ConsultationFilter(null, theme.code(), null), 0, 100);
        Section consultationSection = new Section(new H2(getTranslation("agenda.theme.consultations")));
        if (linked.isEmpty()) {
            consultationSection.add(new Paragraph(getTranslation("agenda.theme.consultations.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            linked.forEach(c -> list.add(new ListItem(
                    new RouterLink(c.title(), ConsultationView.class, ConsultationView.parameters(c.id())),
                    new Span(" ("
                            + getTranslation("consultation.phase." + c.phase().name()) + ")"))));
            consultationSection.add(list);
        }
        add(consultationSection);

        add(figures(motions.themeFigures(theme.code())));
        add(proposalSection(theme.code()));
        add(discussionSection(theme.code()));
        add(motionSection(theme.code()));
    }

    /** What has happened under this theme, in figures. */
    private Section figures(ThemeFigures figures) {
        DescriptionList list = new DescriptionList();
        list.addClassName("theme-figures");
        FigureLines.of(figures)
                .forEach(line -> list.add(
                        new DescriptionList.Term(getTranslation(line.key())),
                        new DescriptionList.Description(getTranslation("agenda.theme.figures.count", line.count()))));
        Paragraph all = new Paragraph(new RouterLink(getTranslation("agenda.overview.link"), AgendaFiguresView.class));
        return new Section(new H2(getTranslation("agenda.theme.figures")), list, all);
    }

    /** The public motions linked to this theme, with their state or the council's result. */
    private Section motionSection(String code) {
        Section section = new Section(new H2(getTranslation("agenda.theme.motions")));
        List<MotionSummary> linked = motions.forTheme(code, 100);
        if (linked.isEmpty()) {
            section.add(new Paragraph(getTranslation("agenda.theme.motions.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            linked.forEach(m -> list.add(MotionUi.item(this, m)));
            section.add(list);
        }
        return section;
    }

    /** The published value discussions about this theme. */
    private Section discussionSection(String code) {
        Section section = new Section(new H2(getTranslation("agenda.theme.discussions")));
        List<DiscussionSummary> linked = discussions.forTheme(code, 100);
        if (linked.isEmpty()) {
            section.add(new Paragraph(getTranslation("agenda.theme.discussions.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            linked.forEach(d -> list.add(DiscussionLinks.item(d)));
            section.add(list);
        }
        return section;
    }

    /** The proposals of consultations linked to this theme, most supported first. */
    private Section proposalSection(String code) {
        Section section = new Section(new H2(getTranslation("agenda.theme.proposals")));
        ProposalQuery query =
                new ProposalQuery(null, null, null, null, code, false, false, ProposalSort.MOST_SUPPORTED, 0);
        List<ProposalSummary> linked = proposals.find(query, 0, 10);
        if (linked.isEmpty()) {
            section.add(new Paragraph(getTranslation("agenda.theme.proposals.empty")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        linked.forEach(p -> list.add(new ListItem(
                new RouterLink(p.title(), ProposalView.class, ProposalView.parameters(p.id())),
                new Span(" ("
                        + getTranslation(
                                "proposalui.theme.facts",
                                p.supportCount(),
                                getTranslation("proposalui.state." + p.state().name()))
                        + ")"))));
        RouterLink all = new RouterLink(getTranslation("proposalui.theme.all"), ProposalsView.class);
        all.setQueryParameters(QueryParameters.of(ProposalsView.THEME_PARAMETER, code));
        section.add(list, new Paragraph(all));
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
