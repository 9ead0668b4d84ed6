package nl.raadsplein.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.LocalizedText;
import nl.raadsplein.ui.InputErrors;

/** Edits a Dutch and English name; stays open with the typed text when the service refuses it. */
class NameDialog extends Dialog {

    /** The name as the dialog's fields hold it, by the names the service's refusals give its two languages. */
    public record Names(String nameNl, String nameEn) {}

    NameDialog(String title, LocalizedText current, Consumer<LocalizedText> save, Runnable afterSave) {
        setHeaderTitle(title);
        TextField nl = new TextField(getTranslation("reference.name-nl"), "", "");
        TextField en = new TextField(getTranslation("reference.name-en"), "", "");
        nl.setWidthFull();
        en.setWidthFull();
        Binder<Names> binder = new Binder<>(Names.class);
        binder.forField(nl).bind("nameNl");
        binder.forField(en).bind("nameEn");
        binder.readRecord(new Names(current.nl(), current.en()));
        add(new FormLayout(nl, en));
        Button saveButton = new Button(getTranslation("reference.save"), e -> {
            InputErrors.clear(binder);
            try {
                Names names = InputErrors.record(binder);
                save.accept(new LocalizedText(names.nameNl(), names.nameEn()));
                close();
                afterSave.run();
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("reference.cancel"), e -> close()), saveButton);
    }
}
