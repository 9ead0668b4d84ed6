package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.IntSupplier;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/** The outcome of a closed consultation on the editor page, published with its own button. */
class OutcomeForm extends Section {

    /** The outcome as typed, by the name the service gives a refusal of it. */
    public record OutcomeInput(String outcome) {}

    /** @param version the version of the consultation the editor last saw */
    OutcomeForm(Consultation shown, ConsultationService consultations, IntSupplier version) {
        TextArea outcome = new TextArea(getTranslation("consultation.outcome"));
        outcome.setMaxLength(ConsultationService.OUTCOME_LENGTH);
        outcome.setWidthFull();
        outcome.setValue(shown.outcome() == null ? "" : shown.outcome());
        Binder<OutcomeInput> binder = new Binder<>(OutcomeInput.class);
        binder.forField(outcome).bind("outcome");
        Button publish = new Button(getTranslation("consultation.editor.publish-outcome"), e -> {
            InputErrors.clear(binder);
            try {
                consultations.publishOutcome(
                        shown.id(), InputErrors.record(binder).outcome(), version.getAsInt());
                InputErrors.confirm(getTranslation("consultation.editor.outcome-published"));
                getUI().ifPresent(ui -> ui.navigate(ConsultationView.class, ConsultationView.parameters(shown.id())));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
            }
        });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H2(getTranslation("consultation.outcome")),
                new Paragraph(getTranslation("consultation.editor.outcome-help")),
                outcome,
                publish);
    }
}
