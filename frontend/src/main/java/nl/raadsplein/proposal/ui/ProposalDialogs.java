package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.Answer;
import nl.raadsplein.proposal.AnswerKind;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalEdit;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.InputErrors;

/**
 * The dialogs a proposal's page opens for the people who may change it: the author's edit and withdrawal, the
 * griffie's answer. Each refreshes the page through {@code changed} once the change is made.
 */
final class ProposalDialogs {

    private final ProposalService proposals;
    private final AgendaService agenda;
    private final ConsultationService consultations;
    private final Participant participant;

    ProposalDialogs(
            ProposalService proposals,
            AgendaService agenda,
            ConsultationService consultations,
            Participant participant) {
        this.proposals = proposals;
        this.agenda = agenda;
        this.consultations = consultations;
        this.participant = participant;
    }

    /** The author's changes; personal data in them is warned about as when submitting. */
    Dialog edit(ProposalDetails details, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("proposalui.edit.title"));
        ProposalFields fields = new ProposalFields(
                agenda,
                consultations.consultation(details.consultationId()).topicCodes(),
                participant.organisations(),
                participant.name());
        fields.fill(new ProposalDraft(
                details.title(), details.body(), details.topicCodes(), details.address(), details.organisationId()));
        Paragraph message = dialogMessage();
        PersonalDataWarning warning =
                new PersonalDataWarning(field -> ("title".equals(field) ? fields.title : fields.body).focus());
        dialog.add(fields, warning, message);
        Button save = new Button(dialog.getTranslation("proposalui.edit.save"), e -> {
            InputErrors.clear(fields.binder());
            message.setVisible(false);
            warning.post(
                    fields.title::getValue,
                    fields.body::getValue,
                    false,
                    confirmed -> {
                        proposals.edit(new ProposalEdit(details.id(), details.version(), fields.draft(), confirmed));
                        dialog.close();
                        InputErrors.confirm(dialog.getTranslation(
                                PersonalDataWarning.held(confirmed, fields.title.getValue(), fields.body.getValue())
                                        ? "personaldata.edit.awaiting"
                                        : "proposalui.edit.saved"));
                        changed.run();
                    },
                    refused -> InputErrors.show(dialog, refused, fields.binder(), message));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("proposalui.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 100%)");
        return dialog;
    }

    /** Why the author withdraws the proposal, by the name the service gives a refusal of it. */
    public record Withdrawal(String reason) {}

    Dialog withdraw(ProposalDetails details, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("proposalui.withdraw.title"));
        TextArea reason = new TextArea(dialog.getTranslation("proposalui.withdraw.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        ProposalTexts.counter(reason, ProposalService.REASON_LENGTH, dialog.getTranslation("proposalui.withdraw.hint"));
        Paragraph message = dialogMessage();
        dialog.add(reason, message);
        Binder<Withdrawal> binder = new Binder<>(Withdrawal.class);
        binder.forField(reason).bind("reason");
        Button confirm = new Button(dialog.getTranslation("proposalui.withdraw.confirm"), e -> {
            InputErrors.clear(binder);
            try {
                proposals.withdraw(details.id(), InputErrors.record(binder).reason());
                dialog.close();
                InputErrors.confirm(dialog.getTranslation("proposalui.withdraw.done"));
                changed.run();
            } catch (InvalidInputException refused) {
                InputErrors.show(dialog, refused, binder, message);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(dialog.getTranslation("proposalui.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 100%)");
        return dialog;
    }

    Dialog answer(ProposalDetails details, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("proposalui.answer.title"));
        Select<AnswerKind> kind = new Select<>();
        kind.setLabel(dialog.getTranslation("proposalui.answer.kind"));
        kind.setItems(AnswerKind.values());
        kind.setItemLabelGenerator(k -> dialog.getTranslation("proposalui.answer." + k.name()));
        TextArea text = new TextArea(dialog.getTranslation("proposalui.answer.text"));
        text.setWidthFull();
        text.setRequiredIndicatorVisible(true);
        ProposalTexts.counter(text, ProposalService.ANSWER_LENGTH, null);
        Binder<Answer> binder = new Binder<>(Answer.class);
        // The service judges the answer and says why it refuses; the fields' own checks would only get there first.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(kind).bind("kind");
        binder.forField(text).bind("text");
        binder.readRecord(new Answer(details.answerKind(), details.answerText()));
        Paragraph message = dialogMessage();
        dialog.add(kind, text, message);
        Button publish = new Button(dialog.getTranslation("proposalui.answer.publish"), e -> {
            InputErrors.clear(binder);
            try {
                proposals.answer(details.id(), InputErrors.record(binder));
                dialog.close();
                InputErrors.confirm(dialog.getTranslation("proposalui.answer.done"));
                changed.run();
            } catch (InvalidInputException refused) {
                InputErrors.show(dialog, refused, binder, message);
            }
        });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("proposalui.cancel"), e -> dialog.close()), publish);
        dialog.setWidth("min(40rem, 100%)");
        return dialog;
    }

    private static Paragraph dialogMessage() {
        Paragraph message = new Paragraph();
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        return message;
    }
}
