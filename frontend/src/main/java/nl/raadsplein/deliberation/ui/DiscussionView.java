package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.deliberation.Discussion;
import nl.raadsplein.deliberation.DiscussionPhase;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.deliberation.FramingService;
import nl.raadsplein.deliberation.StatementService;
import nl.raadsplein.deliberation.VotingService;
import nl.raadsplein.deliberation.WeightService;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.moderation.ReportService;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.RouteIds;

/**
 * A value discussion: its question, context, values and trade-offs, themes and consultation, the link to its report,
 * and taking part while it is open. Its author and the griffie see it before publication, with what they may do:
 * edit, offer, publish, approve or reject with a reason; the author sees the griffie's decision and reason.
 */
@Route("waardendiscussies/:id")
@AnonymousAllowed
public class DiscussionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final DiscussionService discussions;
    private final FramingService framing;
    private final VotingService voting;
    private final StatementService statements;
    private final WeightService weights;
    private final StatementBroadcaster broadcaster;
    private final ReportService reporting;
    private final ConductRulesService conductRules;
    private String title = "";
    private long discussionId;

    public DiscussionView(
            DiscussionService discussions,
            FramingService framing,
            VotingService voting,
            StatementService statements,
            WeightService weights,
            StatementBroadcaster broadcaster,
            ReportService reporting,
            ConductRulesService conductRules) {
        this.discussions = discussions;
        this.framing = framing;
        this.voting = voting;
        this.statements = statements;
        this.weights = weights;
        this.broadcaster = broadcaster;
        this.reporting = reporting;
        this.conductRules = conductRules;
        addClassName("discussion");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get(ID).orElse(""));
        try {
            show(discussions.discussion(id));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
    }

    static String stateText(Component c, DiscussionState state, DiscussionPhase phase) {
        return state == DiscussionState.PUBLISHED
                ? c.getTranslation("deliberationui.phase." + phase.name())
                : c.getTranslation("deliberationui.state." + state.name());
    }

    private void show(Discussion d) {
        removeAll();
        Locale locale = getLocale();
        discussionId = d.id();
        title = d.question();
        add(new RouterLink(getTranslation("deliberationui.back"), DiscussionsView.class));
        add(new H1(d.question()));
        Paragraph state = new Paragraph(stateText(this, d.state(), d.phase()) + " · "
                + getTranslation(
                        "deliberationui.view.dates",
                        Formats.dateTime(d.opensAt(), locale),
                        Formats.dateTime(d.closesAt(), locale)));
        state.addClassName("meta");
        add(state, new Paragraph(getTranslation("deliberationui.view.author", d.authorName())));
        if (d.state() == DiscussionState.REJECTED && d.decisionReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("deliberationui.view.rejected", d.decisionReason()));
            reason.addClassName("decision");
            add(reason);
        }
        add(actions(d));
        add(new Section(new H2(getTranslation("deliberationui.view.context")), new Html(d.contextHtml())));
        add(values(d, locale));
        add(links(d, locale));
        if (d.state() == DiscussionState.PUBLISHED) {
            add(new TakingPartPanel(d, voting, statements, weights, broadcaster, reporting, conductRules));
            add(new Paragraph(new Anchor(
                    "waardendiscussies/" + d.id() + "/verslag", getTranslation("deliberationui.view.report"))));
        }
    }

    private Section values(Discussion d, Locale locale) {
        Map<String, String> names = d.values().stream()
                .collect(Collectors.toMap(Discussion.Named::code, v -> v.name().in(locale)));
        UnorderedList valueList = new UnorderedList();
        d.values().forEach(v -> valueList.add(new ListItem(v.name().in(locale))));
        UnorderedList tradeoffs = new UnorderedList();
        d.tradeoffs()
                .forEach(t -> tradeoffs.add(new ListItem(
                        new Span(names.get(t.valueA()) + " – " + names.get(t.valueB()) + ": "),
                        new Span(t.sentence()))));
        return new Section(
                new H2(getTranslation("deliberationui.view.values")),
                valueList,
                new H2(getTranslation("deliberationui.view.tradeoffs")),
                tradeoffs);
    }

    private Section links(Discussion d, Locale locale) {
        UnorderedList themes = new UnorderedList();
        d.themes()
                .forEach(t -> themes.add(new ListItem(new Anchor(
                        "agenda/" + t.code(), t.code() + " " + t.name().in(locale)))));
        Section section = new Section(new H2(getTranslation("deliberationui.view.themes")), themes);
        Long consultation = d.consultationId();
        if (consultation != null) {
            section.add(new Paragraph(new RouterLink(
                    getTranslation("deliberationui.view.consultation", Objects.toString(d.consultationTitle(), "")),
                    ConsultationView.class,
                    ConsultationView.parameters(consultation))));
        }
        return section;
    }

    /** What the author and the griffie may do before publication. */
    private Div actions(Discussion d) {
        Actor me = Actor.current();
        boolean mine = me.is(d.authorId());
        boolean griffier = me.holds("ROLE_GRIFFIER");
        Div actions = new Div();
        actions.addClassName("actions");
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("actions");
        boolean editable = d.state() == DiscussionState.DRAFT || d.state() == DiscussionState.REJECTED;
        if (mine && editable) {
            buttons.add(new Anchor(
                    "waardendiscussies/nieuw?" + FramingView.DRAFT + "=" + d.id(),
                    getTranslation("deliberationui.view.edit")));
            if (me.holds("ROLE_COUNCILLOR") && !griffier) {
                buttons.add(button("deliberationui.view.offer", () -> framing.offer(d.id())));
            }
        }
        if (griffier && (d.state() == DiscussionState.OFFERED || mine && d.state() == DiscussionState.DRAFT)) {
            String key = d.state() == DiscussionState.OFFERED
                    ? "deliberationui.view.approve"
                    : "deliberationui.view.publish";
            buttons.add(button(key, () -> framing.publish(d.id())));
        }
        if (d.state() == DiscussionState.OFFERED && !griffier) {
            actions.add(new Paragraph(getTranslation("deliberationui.view.waiting")));
        }
        actions.add(buttons);
        if (griffier && d.state() == DiscussionState.OFFERED) {
            TextArea reason = new TextArea(getTranslation("deliberationui.view.reason"));
            reason.setMaxLength(FramingService.REASON_LENGTH);
            Binder<Rejection> binder = new Binder<>(Rejection.class);
            binder.forField(reason).bind("reason");
            Button reject = new Button(getTranslation("deliberationui.view.reject"), e -> {
                try {
                    framing.reject(d.id(), InputErrors.record(binder).reason());
                    show(discussions.discussion(d.id()));
                } catch (InvalidInputException refused) {
                    InputErrors.show(this, refused, binder);
                }
            });
            reject.addThemeVariants(ButtonVariant.ERROR);
            actions.add(reason, reject);
        }
        return actions;
    }

    /** Why the griffie rejects an offered discussion, by the name the service gives a refusal of it. */
    public record Rejection(String reason) {}

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                action.run();
                show(discussions.discussion(discussionId));
            } catch (InvalidInputException refused) {
                InputErrors.showNotification(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
