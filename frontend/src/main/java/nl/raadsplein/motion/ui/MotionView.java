package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.raadsplein.motion.CouncilTermService;
import nl.raadsplein.motion.Councillor;
import nl.raadsplein.motion.FollowUpService;
import nl.raadsplein.motion.Meeting;
import nl.raadsplein.motion.MeetingService;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.motion.MeetingSummary;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.MotionLifecycle;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionService;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.VoteResult;
import nl.raadsplein.motion.VoteService;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.notification.ui.FollowButton;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;

/**
 * One motion: its text in the council's format (any version), who signed it for which party, what it cites, the
 * council's votes and its whole history; and what the reader may do with it now.
 */
@Route(MotionView.ROUTE)
@AnonymousAllowed
public class MotionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "moties/:id";
    public static final String VERSION = "versie";

    private final MotionQueries queries;
    private final MotionService motions;
    private final MotionLifecycle lifecycle;
    private final VoteService votes;
    private final MeetingService meetings;
    private final CouncilTermService terms;
    private final FollowUpService followUps;
    private final NotificationService notifications;
    private final AuthenticationContext authentication;
    private String title = "";

    public MotionView(
            MotionQueries queries,
            MotionService motions,
            MotionLifecycle lifecycle,
            VoteService votes,
            MeetingService meetings,
            CouncilTermService terms,
            FollowUpService followUps,
            NotificationService notifications,
            AuthenticationContext authentication) {
        this.queries = queries;
        this.motions = motions;
        this.lifecycle = lifecycle;
        this.votes = votes;
        this.meetings = meetings;
        this.terms = terms;
        this.followUps = followUps;
        this.notifications = notifications;
        this.authentication = authentication;
        addClassName("motion");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("id").orElse(""));
        try {
            show(queries.motion(id, version(event)));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
    }

    /** The version asked for in the address; null for the current one. */
    static @Nullable Integer version(BeforeEnterEvent event) {
        return event.getLocation()
                .getQueryParameters()
                .getSingleParameter(VERSION)
                .flatMap(RouteIds::tryParse)
                .map(Long::intValue)
                .orElse(null);
    }

    private void refresh(long id) {
        show(queries.motion(id));
    }

    private void show(MotionDetails motion) {
        removeAll();
        title = motion.text().title();
        add(new RouterLink(getTranslation("motionui.list.all"), MotionsView.class));
        Paragraph state = new Paragraph(
                getTranslation("motionui.view.state", MotionUi.status(this, motion.state(), motion.result())));
        state.addClassName("state");
        add(state);
        if (motion.result() == VoteResult.TIED) {
            add(new Paragraph(getTranslation("motionui.view.tie-rule")));
        }
        if (motion.placement() != null) {
            MotionDetails.Placement at = motion.placement();
            add(new Paragraph(
                    new com.vaadin.flow.component.html.Span(getTranslation("motionui.view.placed") + " "),
                    new RouterLink(
                            at.meetingTitle() + " (" + Formats.dateTime(at.meetingStartsAt(), getLocale()) + ")",
                            MeetingView.class,
                            MeetingView.parameters(at.meetingId())),
                    new com.vaadin.flow.component.html.Span(
                            ", " + getTranslation("motionui.view.item", at.itemPosition(), at.itemTitle()))));
        }
        if (motion.currentVersion() > 1) {
            add(versions(motion));
        }
        add(new MotionDocument(motion));
        RouterLink print =
                new RouterLink(getTranslation("motionui.view.print"), MotionPrintView.class, parameters(motion.id()));
        if (motion.text().version() != motion.currentVersion()) {
            print.setQueryParameters(QueryParameters.simple(
                    Map.of(VERSION, String.valueOf(motion.text().version()))));
        }
        add(new Paragraph(
                print,
                new com.vaadin.flow.component.html.Span(" · "),
                MotionUi.pdfLink(this, getLocale(), queries, motion)));
        if (motion.state() != MotionState.DRAFT && authentication.isAuthenticated()) {
            add(new FollowButton(
                    notifications,
                    FollowTarget.MOTION,
                    motion.id(),
                    new FollowButton.Texts(
                            "motionui.follow.start",
                            "motionui.follow.stop",
                            "motionui.follow.started",
                            "motionui.follow.stopped")));
        }
        add(actions(motion));
        add(MotionSections.submitters(this, motion), MotionSections.citations(this, motion));
        if (!motion.votes().isEmpty()) {
            add(MotionSections.votes(this, motion));
        }
        boolean adopted = motion.result() == VoteResult.ADOPTED;
        if (motion.state() == MotionState.VOTED
                && (adopted || !followUps.forMotion(motion.id()).isEmpty())) {
            add(new FollowUpSection(followUps, motion.id(), adopted, authentication.hasRole("GRIFFIER")));
        }
        add(MotionSections.history(this, motion));
    }

    private Paragraph versions(MotionDetails motion) {
        Paragraph versions = new Paragraph(
                getTranslation("motionui.view.version", motion.text().version(), motion.currentVersion()) + " ");
        for (int n = 1; n <= motion.currentVersion(); n++) {
            if (n != motion.text().version()) {
                RouterLink link = new RouterLink(
                        getTranslation("motionui.view.version-link", n), MotionView.class, parameters(motion.id()));
                link.setQueryParameters(QueryParameters.simple(Map.of(VERSION, String.valueOf(n))));
                versions.add(link, new com.vaadin.flow.component.html.Span(" "));
            }
        }
        return versions;
    }

    private Div actions(MotionDetails motion) {
        Div actions = new Div();
        actions.addClassName("motion-actions");
        MotionDetails.Permissions may = motion.permissions();
        long id = motion.id();
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("actions");
        if (may.edit()) {
            buttons.add(new RouterLink(getTranslation("motionui.action.edit"), MotionEditorView.class, parameters(id)));
        }
        if (may.respond()) {
            buttons.add(button("motionui.action.sign", "motionui.action.signed", () -> motions.respond(id, true), id));
            buttons.add(button(
                    "motionui.action.decline", "motionui.action.declined", () -> motions.respond(id, false), id));
        }
        if (may.holdOver()) {
            buttons.add(
                    button("motionui.action.hold-over", "motionui.action.held-over", () -> lifecycle.holdOver(id), id));
        }
        if (may.withdraw()) {
            buttons.add(
                    button("motionui.action.withdraw", "motionui.action.withdrawn", () -> lifecycle.withdraw(id), id));
        }
        actions.add(buttons);
        if (may.invite()) {
            actions.add(inviteForm(motion));
        }
        if (may.submit()) {
            actions.add(submitForm(id));
        }
        if (may.vote() || may.correct()) {
            Meeting meeting = meetings.meeting(
                    motion.placement() == null ? 0 : motion.placement().meetingId());
            actions.add(new VoteForm(
                    votes, id, terms.term(meeting.termId()), queries.councillors(), may.correct(), result -> {
                        InputErrors.confirm(getTranslation(
                                "motionui.vote.recorded-result", getTranslation("motion.result." + result.name())));
                        refresh(id);
                    }));
        }
        return actions;
    }

    private Button button(String key, String doneKey, Runnable action, long id) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                action.run();
            } catch (InvalidInputException refused) {
                InputErrors.showNotification(getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            InputErrors.confirm(getTranslation(doneKey));
            refresh(id);
        });
        return button;
    }

    private Section inviteForm(MotionDetails motion) {
        List<Long> already = motion.submitters().stream()
                .map(MotionDetails.Submitter::accountId)
                .toList();
        ComboBox<Councillor> who = new ComboBox<>(getTranslation("motionui.invite.who"));
        who.setItems(queries.councillors().stream()
                .filter(c -> !already.contains(c.accountId()))
                .toList());
        who.setItemLabelGenerator(c -> c.name() + " (" + c.party() + ")");
        Binder<Invitee> binder = new Binder<>(Invitee.class);
        binder.forField(who).bind("councillor");
        Button invite = new Button(getTranslation("motionui.invite.send"), e -> {
            @Nullable Councillor invitee = InputErrors.record(binder).councillor();
            if (invitee == null) {
                who.setErrorMessage(getTranslation("error.required"));
                who.setInvalid(true);
                return;
            }
            try {
                motions.invite(motion.id(), invitee.accountId());
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder);
                return;
            }
            InputErrors.confirm(
                    getTranslation("motionui.invite.sent", who.getValue().name()));
            refresh(motion.id());
        });
        return new Section(new H2(getTranslation("motionui.invite.title")), who, invite);
    }

    private Section submitForm(long id) {
        List<ItemChoice> items = new ArrayList<>();
        for (MeetingSummary summary : meetings.meetings(0, MeetingsView.PAGE)) {
            if (summary.status() == MeetingStatus.PLANNED) {
                Meeting meeting = meetings.meeting(summary.id());
                meeting.items()
                        .forEach(item -> items.add(new ItemChoice(
                                item.id(),
                                meeting.title() + " (" + Formats.dateTime(meeting.startsAt(), getLocale()) + "), "
                                        + item.position() + ". " + item.title())));
            }
        }
        Select<ItemChoice> item = new Select<>();
        item.setLabel(getTranslation("motionui.submit.item"));
        item.setItems(items);
        item.setItemLabelGenerator(ItemChoice::label);
        item.setEmptySelectionAllowed(false);
        Binder<Submission> binder = new Binder<>(Submission.class);
        binder.forField(item).bind("item");
        Button submit = new Button(getTranslation("motionui.submit.send"), e -> {
            @Nullable ItemChoice chosen = InputErrors.record(binder).item();
            if (chosen == null) {
                item.setErrorMessage(getTranslation("motionui.submit.choose"));
                item.setInvalid(true);
                return;
            }
            try {
                lifecycle.submit(id, chosen.id());
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder);
                return;
            }
            InputErrors.confirm(getTranslation("motionui.submit.done"));
            refresh(id);
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Section section = new Section(new H2(getTranslation("motionui.submit.title")));
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("motionui.submit.no-items")));
        } else {
            section.add(item, submit);
        }
        return section;
    }

    public record ItemChoice(long id, String label) {}

    /** The councillor to invite, by the name the service gives a refusal of the invitation. */
    public record Invitee(@Nullable Councillor councillor) {}

    /** The agenda item to submit the motion to, by the name the service gives a refusal of it. */
    public record Submission(@Nullable ItemChoice item) {}

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
