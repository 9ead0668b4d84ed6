package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.Optional;
import nl.raadsplein.moderation.Appeal;
import nl.raadsplein.moderation.AppealService;
import nl.raadsplein.moderation.AuthorDecision;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;

/** A griffie decision as its author sees it, with the appeal: once, to another griffier. */
@Route(DecisionView.ROUTE)
@PermitAll
public class DecisionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "moderatie/besluiten/:actionId";
    public static final String ID = "actionId";

    private final AppealService appeals;

    public DecisionView(AppealService appeals) {
        this.appeals = appeals;
        addClassName("moderation-decision");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(decision(appeals, event.getRouteParameters()).orElseThrow(NotFoundException::new));
    }

    /**
     * The decision the address names, as the logged-in account may see it: none for an id that is not a positive
     * number, does not exist, or is someone else's decision.
     */
    static Optional<AuthorDecision> decision(AppealService appeals, RouteParameters parameters) {
        String value = parameters.get(ID).orElse("");
        if (!value.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(appeals.decision(Long.parseLong(value)));
        } catch (NoSuchItemException e) {
            return Optional.empty();
        }
    }

    private void show(AuthorDecision decision) {
        removeAll();
        String kind =
                getTranslation("moderation.kind." + decision.content().type().name());
        add(new H1(getTranslation("moderationui.decision.title", kind)));
        add(new Paragraph(getTranslation(
                "moderationui.decision.what",
                getTranslation("moderation.action." + decision.action().name()))));
        add(new Paragraph(
                getTranslation("moderationui.decision.when", Formats.dateTime(decision.actedAt(), getLocale()))));
        add(new Paragraph(getTranslation(
                "moderationui.decision.reason",
                getTranslation("moderation.reason." + decision.reason().name()))));
        if (decision.text() != null) {
            Paragraph text = new Paragraph(getTranslation("moderationui.decision.text", decision.text()));
            text.addClassName("multiline");
            add(text);
        }
        if (decision.proposalId() != null) {
            add(new Paragraph(new Anchor(
                    "voorstellen/" + decision.proposalId(), getTranslation("moderationui.decision.proposal"))));
        }

        Section appeal = new Section(new H2(getTranslation("moderationui.decision.appeal-title")));
        appeal.addClassName("appeal");
        if (decision.appealText() != null) {
            Paragraph yours =
                    new Paragraph(getTranslation("moderationui.decision.appeal-yours", decision.appealText()));
            yours.addClassName("multiline");
            appeal.add(yours);
            if (decision.appealDecision() == null) {
                appeal.add(new Paragraph(getTranslation("moderationui.decision.appeal-open")));
            } else {
                appeal.add(new Paragraph(getTranslation(
                        "moderationui.decision.appeal-decided",
                        getTranslation("moderation.appeal-decision."
                                + decision.appealDecision().name()))));
                if (decision.appealDecisionText() != null) {
                    appeal.add(new Paragraph(getTranslation(
                            "moderationui.decision.appeal-decision-text", decision.appealDecisionText())));
                }
            }
        } else if (decision.appealable()) {
            appeal.add(new Paragraph(getTranslation("moderationui.decision.appeal-intro")));
            appeal.add(new Paragraph(getTranslation(
                    "moderationui.decision.appeal-until",
                    Formats.dateTime(
                            Objects.requireNonNull(decision.appealUntil(), "appealable until"), getLocale()))));
            TextArea text = new TextArea(getTranslation("moderationui.decision.appeal-text"));
            text.setRequiredIndicatorVisible(true);
            text.setMaxLength(AppealService.APPEAL_TEXT_LENGTH);
            text.setWidthFull();
            Binder<Appeal> binder = new Binder<>(Appeal.class);
            binder.forField(InputErrors.fixed(decision.actionId())).bind("actionId");
            binder.forField(text).bind("text");
            Button send = new Button(getTranslation("moderationui.decision.appeal-send"), e -> {
                text.setInvalid(false);
                try {
                    appeals.appeal(InputErrors.record(binder));
                    InputErrors.confirm(getTranslation("moderationui.decision.appeal-sent"));
                    show(appeals.decision(decision.actionId()));
                } catch (InvalidInputException refused) {
                    InputErrors.show(this, refused, binder);
                }
            });
            send.addThemeVariants(ButtonVariant.PRIMARY);
            appeal.add(text, send);
        } else if (decision.appealUntil() != null) {
            appeal.add(new Paragraph(getTranslation(
                    "moderationui.decision.appeal-period-over",
                    Formats.dateTime(decision.appealUntil(), getLocale()))));
        } else {
            appeal.add(new Paragraph(getTranslation("moderationui.decision.not-appealable")));
        }
        add(appeal);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderationui.decision.page-title") + " | Raadsplein";
    }
}
