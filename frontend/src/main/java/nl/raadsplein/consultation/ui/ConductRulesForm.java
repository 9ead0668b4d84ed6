package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.moderation.ui.ConductRulesNote;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/**
 * The consultation's own rules of conduct on the editor page, saved with their own button. Plain text, no length
 * limit in the browser: a paste that is too long is refused with the service's message next to the field rather
 * than cut off without a word.
 */
class ConductRulesForm extends Section {

    /** The rules as typed, by the name the service gives a refusal of them. */
    public record ConductRulesInput(String conductRules) {}

    /**
     * @param version the version of the consultation the editor last saw
     * @param saved told the consultation's version after the rules were saved
     */
    ConductRulesForm(
            Consultation shown,
            ConsultationService consultations,
            ConductRulesService conductRules,
            IntSupplier version,
            IntConsumer saved) {
        TextArea rules = new TextArea(getTranslation("consultation.editor.conductRules"));
        rules.setHelperText(
                getTranslation("consultation.editor.conduct-rules-help", ConsultationService.CONDUCT_RULES_LENGTH));
        rules.setWidthFull();
        rules.setMinRows(6);
        rules.setValue(shown.conductRules() == null ? "" : shown.conductRules());
        ConductRulesNote general = new ConductRulesNote(conductRules.conductRules(null, getLocale()));
        general.setSummaryText(getTranslation("consultation.editor.conduct-rules-general"));
        Binder<ConductRulesInput> binder = new Binder<>(ConductRulesInput.class);
        binder.forField(rules).bind("conductRules");
        Button save = new Button(getTranslation("consultation.editor.save-conduct-rules"), e -> {
            InputErrors.clear(binder);
            try {
                saved.accept(consultations.setConductRules(
                        shown.id(), InputErrors.record(binder).conductRules(), version.getAsInt()));
                InputErrors.confirm(getTranslation(
                        rules.getValue().isBlank()
                                ? "consultation.editor.conduct-rules-general-saved"
                                : "consultation.editor.conduct-rules-saved"));
            } catch (ConcurrentChangeException changed) {
                // A change by someone else in between is told next to the rules too.
                rules.setErrorMessage(getTranslation(changed.messageKey(), changed.arguments()));
                rules.setInvalid(true);
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
            }
        });
        add(
                new H2(getTranslation("consultation.editor.conduct-rules")),
                new Paragraph(getTranslation("consultation.editor.conduct-rules-intro")),
                rules,
                general,
                save);
    }
}
