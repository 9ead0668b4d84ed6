package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.raadsplein.moderation.AppealDecision;
import nl.raadsplein.moderation.AppealOutcome;
import nl.raadsplein.moderation.AppealRuling;
import nl.raadsplein.moderation.AppealService;
import nl.raadsplein.moderation.AppealView;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.QueueItem;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/** A griffier decides on an author's appeal: the decision stands or is overturned, with an explanation. */
class AppealDialog extends Dialog {

    AppealDialog(AppealService appeals, ModerationQueueService queue, AppealView appeal, Runnable done) {
        addClassName("appeal-dialog");
        setHeaderTitle(getTranslation("moderationui.appeal.title"));
        setWidth("min(40rem, 100%)");
        add(new Paragraph(getTranslation(
                "moderationui.appeal.action",
                getTranslation("moderation.action." + appeal.action().name()),
                getTranslation("moderation.reason." + appeal.reason().name()))));
        if (appeal.actionText() != null) {
            add(new Paragraph(getTranslation("moderationui.appeal.action-text", appeal.actionText())));
        }
        // Deciding means judging the contribution itself, as it stands now (hidden or redacted).
        QueueItem item = queue.item(appeal.content()).item();
        Paragraph content = new Paragraph(item.text());
        content.addClassName("multiline");
        content.addClassName("item-text");
        add(new H3(getTranslation("moderationui.appeal.content")));
        if (item.context() != null) {
            add(new Paragraph(getTranslation("moderationui.item.context", item.context())));
        }
        add(content);
        if (appeal.redactedFragment() != null) {
            Paragraph redacted =
                    new Paragraph(getTranslation("moderationui.appeal.redacted", appeal.redactedFragment()));
            redacted.addClassName("redacted-fragment");
            redacted.addClassName("multiline");
            add(redacted);
        }
        Paragraph text =
                new Paragraph(getTranslation("moderationui.appeal.text", appeal.appellantName(), appeal.text()));
        text.addClassName("multiline");
        add(text);
        if (!appeal.mayDecide()) {
            Paragraph notYours = new Paragraph(getTranslation("moderation.error.same-griffier"));
            notYours.addClassName("not-yours");
            add(notYours);
            getFooter().add(new Button(getTranslation("moderationui.cancel"), e -> close()));
            return;
        }

        RadioButtonGroup<AppealDecision> decision = new RadioButtonGroup<>();
        decision.setLabel(getTranslation("moderationui.appeal.decision"));
        decision.setItems(AppealDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("moderation.appeal-decision." + d.name()));
        decision.setRequiredIndicatorVisible(true);
        TextArea explanation = new TextArea(getTranslation("moderationui.appeal.decision-text"));
        explanation.setRequiredIndicatorVisible(true);
        explanation.setMaxLength(AppealService.APPEAL_TEXT_LENGTH);
        explanation.setWidthFull();
        Paragraph message = new Paragraph();
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(decision, explanation, message);
        Binder<AppealRuling> binder = new Binder<>(AppealRuling.class);
        binder.forField(InputErrors.fixed(appeal.id())).bind("appealId");
        binder.forField(decision).bind("decision");
        binder.forField(explanation).bind("text");
        binder.forField(InputErrors.fixed(appeal.version())).bind("version");

        Button decide = new Button(getTranslation("moderationui.appeal.decide"), e -> {
            decision.setInvalid(false);
            explanation.setInvalid(false);
            message.setVisible(false);
            try {
                AppealRuling ruling = InputErrors.record(binder);
                AppealOutcome outcome = appeals.decideAppeal(ruling);
                close();
                if (outcome == AppealOutcome.OVERTURNED_TEXT_NOT_RESTORED) {
                    InputErrors.showNotification(getTranslation("moderationui.appeal.not-restored"));
                } else {
                    InputErrors.confirm(getTranslation(
                            "moderationui.appeal.done",
                            getTranslation("moderation.appeal-decision."
                                    + ruling.decision().name())));
                }
                done.run();
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder, message);
            }
        });
        decide.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("moderationui.cancel"), e -> close()), decide);
    }
}
