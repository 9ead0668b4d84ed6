package nl.raadsplein.agenda.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.LocalizedText;
import nl.raadsplein.ui.InputErrors;

/** Edits a Dutch and English name; stays open with the typed text when the service refuses it. */
class NameDialog extends Dialog {

    NameDialog(String title, LocalizedText current, Consumer<LocalizedText> save, Runnable afterSave) {
        setHeaderTitle(title);
        TextField nl = new TextField(getTranslation("reference.name-nl"), current.nl(), "");
        TextField en = new TextField(getTranslation("reference.name-en"), current.en(), "");
        nl.setWidthFull();
        en.setWidthFull();
        Map<String, HasValidation> fields = Map.of("nameNl", nl, "nameEn", en);
        add(new FormLayout(nl, en));
        Button saveButton = new Button(getTranslation("reference.save"), e -> {
            InputErrors.clear(fields);
            try {
                save.accept(new LocalizedText(nl.getValue(), en.getValue()));
                close();
                afterSave.run();
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, fields);
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("reference.cancel"), e -> close()), saveButton);
    }
}
