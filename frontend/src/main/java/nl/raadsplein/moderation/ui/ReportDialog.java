package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import nl.raadsplein.moderation.ConductRules;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.Report;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.moderation.ReportService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/**
 * Reporting a proposal, comment or public profile: the rules of conduct at hand, a reason in words (a text is
 * required for "Anders"), then a confirmation that says what happens next. Someone who reported the item before
 * is told so instead of the form.
 */
public class ReportDialog extends Dialog {

    static final String ALREADY_REPORTED = "moderation.error.already-reported";

    private final ReportService reporting;
    private final ConductRules rules;
    private final RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>();
    private final TextArea text = new TextArea();
    private final Paragraph message = new Paragraph();
    private final Binder<Report> binder = new Binder<>(Report.class);

    public ReportDialog(ReportService reporting, ContentRef content, ConductRules rules) {
        this.reporting = reporting;
        this.rules = rules;
        binder.forField(InputErrors.fixed(content)).bind("content");
        binder.forField(reason).bind("reason");
        binder.forField(text).bind("text");
        addClassName("report-dialog");
        setHeaderTitle(
                getTranslation("moderationui.report.title-" + content.type().name()));
        setWidth("min(34rem, 100%)");
        // The rules' link leads to another page: the dialog must not stay open over it.
        addAttachListener(attach -> {
            Registration leaving = attach.getUI().addAfterNavigationListener(navigation -> close());
            addDetachListener(detach -> leaving.remove());
        });
        if (reporting.hasReported(content)) {
            showAlready();
        } else {
            showForm();
        }
    }

    private void showForm() {
        reason.setLabel(getTranslation("moderationui.report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("moderation.report-reason." + r.name()));
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setRequiredIndicatorVisible(true);
        text.setLabel(getTranslation("moderationui.report.text-optional"));
        text.setMaxLength(ReportService.REPORT_TEXT_LENGTH);
        text.setWidthFull();
        reason.addValueChangeListener(e -> {
            boolean needsText = e.getValue() != null && e.getValue().needsText();
            text.setLabel(getTranslation(
                    needsText ? "moderationui.report.text-required" : "moderationui.report.text-optional"));
            text.setRequiredIndicatorVisible(needsText);
            reason.setInvalid(false);
        });
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        add(
                new Paragraph(getTranslation("moderationui.report.intro")),
                new ConductRulesNote(rules),
                reason,
                text,
                message);

        Button send = new Button(getTranslation("moderationui.report.send"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("moderationui.cancel"), e -> close()), send);
    }

    private void send() {
        reason.setInvalid(false);
        text.setInvalid(false);
        message.setVisible(false);
        try {
            reporting.report(InputErrors.record(binder));
            showDone();
        } catch (InvalidInputException refused) {
            if (ALREADY_REPORTED.equals(refused.messageKey())) {
                showAlready();
            } else {
                InputErrors.show(this, refused, binder, message);
            }
        }
    }

    private void showDone() {
        setHeaderTitle(getTranslation("moderationui.report.done-title"));
        showOnly(getTranslation("moderationui.report.done"));
    }

    private void showAlready() {
        showOnly(getTranslation("moderationui.report.already"));
    }

    private void showOnly(String text) {
        removeAll();
        getFooter().removeAll();
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("confirmation");
        paragraph.getElement().setAttribute("role", "status");
        add(paragraph);
        Button close = new Button(getTranslation("moderationui.close"), e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        close.focus();
    }
}
