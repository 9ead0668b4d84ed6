package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.moderation.ConductRules;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ReportService;
import nl.raadsplein.moderation.ui.ReportDialog;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.ui.CitingMotions;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.notification.ui.FollowButton;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.ProposalPermissions;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalState;
import nl.raadsplein.proposal.SupportService;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;

/** One proposal: what it asks, who asked, where it stands, its supports and the discussion. */
@Route(ProposalView.ROUTE)
@AnonymousAllowed
public class ProposalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "voorstellen/:id";
    public static final String ID = "id";
    /** Set after submitting: the page confirms the submission. */
    public static final String SUBMITTED = "ingediend";

    private final ProposalService proposals;
    private final SupportService supports;
    private final CommentService commentService;
    private final AgendaService agenda;
    private final NotificationService notifications;
    private final SupportBroadcaster broadcaster;
    private final Participant participant;
    private final ConductRulesService conductRules;
    private final ReportService reporting;
    private final MotionQueries motions;
    private final ProposalDialogs dialogs;
    private String title = "";
    private @Nullable CommentSection comments;
    private long currentId;

    public ProposalView(
            ProposalService proposals,
            SupportService supports,
            CommentService comments,
            ConsultationService consultations,
            AgendaService agenda,
            NotificationService notifications,
            SupportBroadcaster broadcaster,
            Participant participant,
            ConductRulesService conductRules,
            ReportService reporting,
            MotionQueries motions) {
        this.motions = motions;
        this.conductRules = conductRules;
        this.reporting = reporting;
        this.proposals = proposals;
        this.supports = supports;
        this.commentService = comments;
        this.agenda = agenda;
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.participant = participant;
        this.dialogs = new ProposalDialogs(proposals, agenda, consultations, participant);
        addClassName("proposal");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get(ID).orElse(""));
        ProposalDetails details;
        try {
            details = proposals.proposal(id);
        } catch (NoSuchItemException e) {
            if (proposals.underReview(id)) {
                showUnderReview();
                return;
            }
            throw new NotFoundException();
        }
        boolean submitted =
                event.getLocation().getQueryParameters().getParameters().containsKey(SUBMITTED);
        show(details, submitted);
    }

    /** Neither the title nor the author: what was reported may be in either. */
    private void showUnderReview() {
        removeAll();
        title = getTranslation("proposalui.view.under-review-title");
        Paragraph text = new Paragraph(getTranslation("proposalui.view.under-review"));
        text.getElement().setAttribute("role", "status");
        add(new H1(title), text);
    }

    private void show(ProposalDetails details, boolean submitted) {
        removeAll();
        currentId = details.id();
        Locale locale = getLocale();
        title = details.title();
        // Read once for the page: the comment form, every reply form and the report dialogs show them.
        ConductRules rules = conductRules.conductRules(details.consultationId(), locale);
        add(new RouterLink(
                getTranslation("proposalui.view.consultation", details.consultationTitle()),
                ConsultationView.class,
                ConsultationView.parameters(details.consultationId())));
        if (submitted) {
            Paragraph confirmation = new Paragraph(getTranslation(
                    details.state() == ProposalState.AWAITING_MODERATION
                            ? "proposalui.view.submitted-awaiting"
                            : "proposalui.view.submitted"));
            confirmation.addClassName("confirmation");
            confirmation.getElement().setAttribute("role", "status");
            add(confirmation);
        }
        add(new H1(details.title()));

        Paragraph meta = new Paragraph(
                ProposalTexts.byline(
                        this,
                        details.authorPublicId(),
                        details.authorName(),
                        details.organisationName(),
                        details.organisationVerified()),
                new Span(" · "
                        + getTranslation("proposalui.view.submitted-on", Formats.date(details.createdAt(), locale))));
        meta.addClassName("meta");
        add(meta);
        if (details.enteredByGriffieChannel() != null) {
            Paragraph channel = new Paragraph(getTranslation(
                    "proposalui.view.entered-by-griffie",
                    getTranslation("proposalui.channel.via."
                            + details.enteredByGriffieChannel().name())));
            channel.addClassName("meta");
            add(channel);
        }
        Paragraph state =
                new Paragraph(getTranslation("proposalui.view.state", ProposalTexts.state(this, details.state())));
        state.addClassName("state");
        state.addClassName("state-" + details.state().name().toLowerCase(Locale.ROOT));
        add(state);
        if (details.state() == ProposalState.AWAITING_MODERATION) {
            add(new Paragraph(getTranslation("proposalui.view.awaiting-note")));
        }

        add(new Html(details.bodyHtml()));
        if (details.address() != null) {
            add(new Paragraph(getTranslation("proposalui.view.address", details.address())));
        }
        Map<String, String> topicNames = agenda.digitalTopics().stream()
                .collect(Collectors.toMap(ReferenceItem::code, t -> t.name().in(locale)));
        UnorderedList topics = new UnorderedList();
        topics.addClassName("tags");
        details.topicCodes().forEach(code -> topics.add(new ListItem(topicNames.getOrDefault(code, code))));
        add(new Section(new H2(getTranslation("proposalui.view.topics")), topics));

        if (details.answerKind() != null) {
            Section answer = new Section(
                    new H2(getTranslation("proposalui.view.answer")),
                    new Paragraph(new Span(getTranslation(
                            "proposalui.answer." + details.answerKind().name()))),
                    multiline(details.answerText()));
            if (details.answeredAt() != null) {
                Paragraph when = new Paragraph(
                        getTranslation("proposalui.view.answered-on", Formats.date(details.answeredAt(), locale)));
                when.addClassName("meta");
                answer.add(when);
            }
            answer.addClassName("answer");
            add(answer);
        }
        add(new CitingMotions(motions, CitationKind.PROPOSAL, details.id()));
        if (details.state() == ProposalState.WITHDRAWN) {
            Section withdrawn = new Section(
                    new H2(getTranslation("proposalui.view.withdrawn")),
                    multiline(details.withdrawnReason() == null ? "" : details.withdrawnReason()));
            withdrawn.addClassName("withdrawn");
            add(withdrawn);
        }

        Section supportSection = new Section(
                new H2(getTranslation("proposalui.view.support")), new SupportControl(supports, broadcaster, details));
        if (participant.loggedIn()) {
            supportSection.add(new FollowButton(
                    notifications,
                    FollowTarget.PROPOSAL,
                    details.id(),
                    new FollowButton.Texts(
                            "proposalui.follow.start",
                            "proposalui.follow.stop",
                            "proposalui.follow.started",
                            "proposalui.follow.stopped")));
        }
        add(supportSection);

        FlexLayout actions = new FlexLayout();
        actions.addClassName("actions");
        ProposalPermissions may = details.may();
        if (may.edit()) {
            actions.add(new Button(
                    getTranslation("proposalui.view.edit"),
                    e -> dialogs.edit(details, () -> show(proposals.proposal(details.id()), false))
                            .open()));
        }
        if (may.withdraw()) {
            actions.add(new Button(
                    getTranslation("proposalui.view.withdraw"),
                    e -> dialogs.withdraw(details, () -> show(proposals.proposal(details.id()), false))
                            .open()));
        }
        if (may.answer()) {
            actions.add(new Button(
                    getTranslation("proposalui.view.answer-action"),
                    e -> dialogs.answer(details, () -> show(proposals.proposal(details.id()), false))
                            .open()));
        }
        if (may.report()) {
            Button report = new Button(
                    getTranslation("moderationui.report.button-proposal"),
                    e -> new ReportDialog(reporting, ContentRef.proposal(details.id()), rules).open());
            report.addClassName("report");
            actions.add(report);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }

        comments = new CommentSection(
                commentService,
                participant,
                details,
                rules,
                this::refreshCounts,
                id -> new ReportDialog(reporting, ContentRef.comment(id), rules).open());
        add(comments);
    }

    private void refreshCounts() {
        Objects.requireNonNull(comments, "called back by the comments").showCounts(proposals.proposal(currentId));
    }

    static Paragraph multiline(@Nullable String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("multiline");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }

    static QueryParameters submitted() {
        return QueryParameters.of(SUBMITTED, "1");
    }
}
