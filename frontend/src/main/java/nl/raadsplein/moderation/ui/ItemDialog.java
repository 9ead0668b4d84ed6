package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import nl.raadsplein.moderation.ActionView;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.moderation.Decision;
import nl.raadsplein.moderation.ItemDetails;
import nl.raadsplein.moderation.ModerationAction;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.ModerationService;
import nl.raadsplein.moderation.QueueItem;
import nl.raadsplein.moderation.ReportView;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.Redaction;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;

/**
 * One item as the griffie decides on it: the text, the reports and earlier decisions, and the decision itself
 * (an action, a reason category and an explanation; a fragment for a redaction, a justification for a block).
 * When another griffier acted first, nothing is applied and the dialog says how the item stands now.
 */
class ItemDialog extends Dialog {

    private static final List<ModerationAction> ACTIONS = List.of(ModerationAction.HIDE, ModerationAction.RESTORE,
            ModerationAction.APPROVE, ModerationAction.DISMISS, ModerationAction.REDACT,
            ModerationAction.BLOCK_AUTHOR, ModerationAction.UNBLOCK);

    private final ModerationService moderation;
    private final ContentRef content;
    private final Runnable done;
    private final Div details = new Div();
    private final Select<ModerationAction> action = new Select<>();
    private final Select<ModerationReason> reason = new Select<>();
    private final TextArea text = new TextArea();
    private final TextField fragment = new TextField();
    private final TextField replacement = new TextField();
    private final Checkbox hideAll = new Checkbox();
    private final Paragraph message = new Paragraph();
    private QueueItem item;

    ItemDialog(ModerationService moderation, ContentRef content, Runnable done) {
        this.moderation = moderation;
        this.content = content;
        this.done = done;
        addClassName("moderation-item");
        setHeaderTitle(getTranslation("moderationui.item.title-" + content.type().name()));
        setWidth("min(48rem, 100%)");
        add(details);
        show(moderation.item(content));

        action.setLabel(getTranslation("moderationui.item.action-select"));
        action.setItems(ACTIONS);
        action.setItemLabelGenerator(a -> getTranslation("moderationui.action." + a.name()));
        action.addValueChangeListener(e -> adapt());
        reason.setLabel(getTranslation("moderationui.item.reason"));
        reason.setItems(ModerationReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("moderation.reason." + r.name()));
        text.setWidthFull();
        text.setMaxLength(ModerationService.DECISION_TEXT_LENGTH);
        fragment.setLabel(getTranslation("moderationui.item.fragment"));
        fragment.setWidthFull();
        replacement.setLabel(getTranslation("moderationui.item.replacement"));
        replacement.setPlaceholder(Redaction.DEFAULT_REPLACEMENT);
        replacement.setMaxLength(Redaction.REPLACEMENT_LENGTH);
        hideAll.setLabel(getTranslation("moderationui.item.hide-all"));
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        adapt();
        add(new H3(getTranslation("moderationui.item.decide")), action, reason, text, fragment, replacement, hideAll,
                message);

        Button apply = new Button(getTranslation("moderationui.item.apply"), e -> apply());
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("moderationui.cancel"), e -> close()), apply);
    }

    private void adapt() {
        ModerationAction chosen = action.getValue();
        boolean block = chosen == ModerationAction.BLOCK_AUTHOR;
        text.setLabel(block ? getTranslation("moderationui.item.justification",
                ModerationService.MIN_JUSTIFICATION_LENGTH) : getTranslation("moderationui.item.decision-text"));
        text.setRequiredIndicatorVisible(block);
        fragment.setVisible(chosen == ModerationAction.REDACT);
        replacement.setVisible(chosen == ModerationAction.REDACT);
        hideAll.setVisible(block);
    }

    private void show(ItemDetails current) {
        item = current.item();
        details.removeAll();
        boolean profile = content.type() == ContentType.PROFILE;
        if (item.context() != null) {
            details.add(new Paragraph(getTranslation(profile ? "moderationui.item.profile-of"
                    : "moderationui.item.context", item.context())));
        }
        details.add(new Paragraph(getTranslation(item.authorBlocked() ? "moderationui.item.author-blocked"
                : "moderationui.item.author", item.authorName())));
        details.add(new Paragraph(getTranslation("moderationui.item.state",
                ModerationTexts.state(this, item.contentState()))));
        Paragraph body = new Paragraph(profile ? ModerationTexts.profileText(this, item) : item.text());
        body.addClassName("multiline");
        body.addClassName("item-text");
        details.add(new H3(getTranslation("moderationui.item.text")), body);

        details.add(new H3(getTranslation("moderationui.item.reports")));
        UnorderedList reports = new UnorderedList();
        for (ReportView report : current.reports()) {
            ListItem line = new ListItem(getTranslation("moderationui.item.report",
                    getTranslation("moderation.report-reason." + report.reason().name()),
                    Formats.dateTime(report.createdAt(), getLocale()))
                    + (report.handled() ? " (" + getTranslation("moderationui.item.report-handled") + ")" : ""));
            if (report.text() != null) {
                line.add(new Paragraph(getTranslation("moderationui.item.report-text", report.text())));
            }
            reports.add(line);
        }
        details.add(reports);

        details.add(new H3(getTranslation("moderationui.item.actions")));
        if (current.actions().isEmpty()) {
            details.add(new Paragraph(getTranslation("moderationui.item.no-actions")));
        } else {
            UnorderedList actions = new UnorderedList();
            for (ActionView earlier : current.actions()) {
                actions.add(new ListItem(getTranslation("moderationui.item.action",
                        Formats.dateTime(earlier.actedAt(), getLocale()),
                        getTranslation("moderation.action." + earlier.action().name()),
                        getTranslation("moderation.reason." + earlier.reason().name()),
                        earlier.actorName() == null ? "" : earlier.actorName())));
            }
            details.add(actions);
        }
    }

    private void apply() {
        Map<String, HasValidation> fields = Map.of("action", action, "reason", reason, "text", text,
                "justification", text, "fragment", fragment, "replacement", replacement);
        InputErrors.clear(fields);
        message.setVisible(false);
        ModerationAction chosen = action.getValue();
        if (chosen == null) {
            action.setErrorMessage(getTranslation("error.required"));
            action.setInvalid(true);
            return;
        }
        Decision decision = new Decision(reason.getValue(), text.getValue());
        try {
            switch (chosen) {
                case HIDE -> moderation.hide(content, decision, item.version());
                case RESTORE -> moderation.restore(content, decision, item.version());
                case DISMISS -> moderation.dismiss(content, decision, item.version());
                case APPROVE -> moderation.approve(content, decision, item.version());
                case REDACT -> moderation.redact(content, Redaction.of(fragment.getValue())
                        .withReplacement(replacement.getValue().isBlank() ? null : replacement.getValue()),
                        decision, item.version());
                case BLOCK_AUTHOR -> moderation.blockAuthor(content, reason.getValue(), text.getValue(),
                        hideAll.getValue(), item.version());
                case UNBLOCK -> moderation.unblock(item.authorId(), decision,
                        moderation.version(ContentRef.profile(item.authorId())));
            }
            close();
            InputErrors.confirm(getTranslation("moderationui.item.done",
                    getTranslation("moderation.action." + chosen.name())));
            done.run();
        } catch (ConcurrentChangeException conflict) {
            ItemDetails now = moderation.item(content);
            show(now);
            message.setText(getTranslation("moderationui.item.conflict", currentState(now)));
            message.setVisible(true);
            done.run();
        } catch (InvalidInputException refused) {
            InputErrors.show(this, refused, fields, message);
        }
    }

    private String currentState(ItemDetails now) {
        String state = getTranslation("moderationui.item.current-state",
                ModerationTexts.state(this, now.item().contentState()), now.item().reportCount());
        if (now.actions().isEmpty()) {
            return state;
        }
        ActionView last = now.actions().getLast();
        return state + "; " + getTranslation("moderationui.item.last-action",
                getTranslation("moderation.action." + last.action().name()),
                getTranslation("moderation.reason." + last.reason().name()));
    }
}
