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
import com.vaadin.flow.data.binder.Binder;
import nl.raadsplein.moderation.ActionView;
import nl.raadsplein.moderation.Block;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.moderation.Decision;
import nl.raadsplein.moderation.ItemDetails;
import nl.raadsplein.moderation.ModerationAction;
import nl.raadsplein.moderation.ModerationActionService;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.QueueItem;
import nl.raadsplein.moderation.ReportView;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.Redaction;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;

/**
 * One item as the griffie decides on it: the text, the reports and earlier decisions, and the decision itself
 * (one of the actions that apply to the item as it stands, a reason category and an explanation; a fragment for a
 * redaction, a justification for a block).
 * When another griffier acted first, nothing is applied and the dialog says how the item stands now.
 */
class ItemDialog extends Dialog {

    /**
     * What the griffier fills in: one form for all actions, each taking what it needs. The components are named as
     * the services name the fields of their refusals.
     */
    public record Form(
            ModerationAction action,
            ModerationReason reason,
            String text,
            String fragment,
            String replacement,
            boolean hideAllContent) {}

    private final ModerationQueueService queue;
    private final ModerationActionService actions;
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
    private final Binder<Form> binder = new Binder<>(Form.class);
    private QueueItem item;

    ItemDialog(ModerationQueueService queue, ModerationActionService actions, ContentRef content, Runnable done) {
        this.queue = queue;
        this.actions = actions;
        this.content = content;
        this.done = done;
        addClassName("moderation-item");
        setHeaderTitle(
                getTranslation("moderationui.item.title-" + content.type().name()));
        setWidth("min(48rem, 100%)");
        add(details);

        action.setLabel(getTranslation("moderationui.item.action-select"));
        action.setItemLabelGenerator(a -> getTranslation("moderationui.action." + a.name()));
        action.addValueChangeListener(e -> adapt());
        reason.setLabel(getTranslation("moderationui.item.reason"));
        reason.setItems(ModerationReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("moderation.reason." + r.name()));
        text.setWidthFull();
        text.setMaxLength(ModerationActionService.DECISION_TEXT_LENGTH);
        fragment.setLabel(getTranslation("moderationui.item.fragment"));
        fragment.setWidthFull();
        replacement.setLabel(getTranslation("moderationui.item.replacement"));
        replacement.setPlaceholder(Redaction.DEFAULT_REPLACEMENT);
        replacement.setMaxLength(Redaction.REPLACEMENT_LENGTH);
        hideAll.setLabel(getTranslation("moderationui.item.hide-all"));
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        binder.forField(action).bind("action");
        binder.forField(reason).bind("reason");
        binder.forField(text).bind("text");
        binder.forField(fragment).bind("fragment");
        binder.forField(replacement).bind("replacement");
        binder.forField(hideAll).bind("hideAllContent");
        show(queue.item(content));
        adapt();
        add(
                new H3(getTranslation("moderationui.item.decide")),
                action,
                reason,
                text,
                fragment,
                replacement,
                hideAll,
                message);

        Button apply = new Button(getTranslation("moderationui.item.apply"), e -> apply());
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("moderationui.cancel"), e -> close()), apply);
    }

    private void adapt() {
        ModerationAction chosen = action.getValue();
        boolean block = chosen == ModerationAction.BLOCK_AUTHOR;
        text.setLabel(
                block
                        ? getTranslation(
                                "moderationui.item.justification", ModerationActionService.MIN_JUSTIFICATION_LENGTH)
                        : getTranslation("moderationui.item.decision-text"));
        text.setRequiredIndicatorVisible(block);
        fragment.setVisible(chosen == ModerationAction.REDACT);
        replacement.setVisible(chosen == ModerationAction.REDACT);
        hideAll.setVisible(block);
    }

    private void show(ItemDetails current) {
        item = current.item();
        ModerationAction chosen = action.getValue();
        action.setItems(current.applicable());
        action.setValue(chosen != null && current.applicable().contains(chosen) ? chosen : null);
        details.removeAll();
        boolean profile = content.type() == ContentType.PROFILE;
        if (item.context() != null) {
            details.add(new Paragraph(getTranslation(
                    profile ? "moderationui.item.profile-of" : "moderationui.item.context", item.context())));
        }
        details.add(new Paragraph(getTranslation(
                item.authorBlocked() ? "moderationui.item.author-blocked" : "moderationui.item.author",
                item.authorName())));
        details.add(new Paragraph(
                getTranslation("moderationui.item.state", ModerationTexts.state(this, item.contentState()))));
        Paragraph body = new Paragraph(profile ? ModerationTexts.profileText(this, item) : item.text());
        body.addClassName("multiline");
        body.addClassName("item-text");
        details.add(new H3(getTranslation("moderationui.item.text")), body);

        details.add(new H3(getTranslation("moderationui.item.reports")));
        UnorderedList reports = new UnorderedList();
        for (ReportView report : current.reports()) {
            ListItem line = new ListItem(getTranslation(
                            "moderationui.item.report",
                            getTranslation("moderation.report-reason."
                                    + report.reason().name()),
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
                actions.add(new ListItem(getTranslation(
                        "moderationui.item.action",
                        Formats.dateTime(earlier.actedAt(), getLocale()),
                        getTranslation("moderation.action." + earlier.action().name()),
                        getTranslation("moderation.reason." + earlier.reason().name()),
                        earlier.actorName() == null ? "" : earlier.actorName())));
            }
            details.add(actions);
        }
    }

    private void apply() {
        binder.getFields()
                .filter(HasValidation.class::isInstance)
                .forEach(field -> ((HasValidation) field).setInvalid(false));
        message.setVisible(false);
        Form form = InputErrors.record(binder);
        ModerationAction chosen = form.action();
        if (chosen == null) {
            action.setErrorMessage(getTranslation("error.required"));
            action.setInvalid(true);
            return;
        }
        Decision decision = new Decision(form.reason(), form.text(), item.version());
        try {
            switch (chosen) {
                case HIDE -> actions.hide(content, decision);
                case RESTORE -> actions.restore(content, decision);
                case DISMISS -> actions.dismiss(content, decision);
                case APPROVE -> actions.approve(content, decision);
                case REDACT ->
                    actions.redact(
                            content,
                            Redaction.of(form.fragment())
                                    .withReplacement(form.replacement().isBlank() ? null : form.replacement()),
                            decision);
                case BLOCK_AUTHOR ->
                    actions.blockAuthor(
                            content, new Block(form.reason(), form.text(), form.hideAllContent(), item.version()));
                // A block is lifted on the author's profile item, at the version it has now.
                case UNBLOCK ->
                    actions.unblock(
                            item.authorId(),
                            new Decision(
                                    form.reason(), form.text(), queue.version(ContentRef.profile(item.authorId()))));
            }
            close();
            InputErrors.confirm(
                    getTranslation("moderationui.item.done", getTranslation("moderation.action." + chosen.name())));
            done.run();
        } catch (ConcurrentChangeException conflict) {
            ItemDetails now = queue.item(content);
            show(now);
            message.setText(getTranslation("moderationui.item.conflict", currentState(now)));
            message.setVisible(true);
            done.run();
        } catch (InvalidInputException refused) {
            InputErrors.show(this, refused, binder, message);
        }
    }

    private String currentState(ItemDetails now) {
        String state = getTranslation(
                "moderationui.item.current-state",
                ModerationTexts.state(this, now.item().contentState()),
                now.item().reportCount());
        if (now.actions().isEmpty()) {
            return state;
        }
        ActionView last = now.actions().getLast();
        return state + "; "
                + getTranslation(
                        "moderationui.item.last-action",
                        getTranslation("moderation.action." + last.action().name()),
                        getTranslation("moderation.reason." + last.reason().name()));
    }
}
