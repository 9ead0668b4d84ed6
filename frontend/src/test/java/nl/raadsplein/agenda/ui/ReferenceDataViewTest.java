package nl.raadsplein.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import nl.raadsplein.account.Role;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.agenda.Theme;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReferenceDataViewTest extends UiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AgendaService agenda;

    private FormLayout valueForm() {
        signInAs(Role.ADMIN);
        navigate(ReferenceDataView.class);
        return $(FormLayout.class)
                .withAttribute("aria-label", "Waarde toevoegen")
                .single();
    }

    private TextField field(com.vaadin.flow.component.Component form, String label) {
        return $(TextField.class, form).withLabel(label).single();
    }

    @Test
    void a_code_already_taken_is_refused_on_the_code_field_and_what_was_typed_stays() {
        String taken = agenda.publicValues().getFirst().code();
        FormLayout form = valueForm();
        TextField code = field(form, "Code");
        test(code).setValue(taken);
        test(field(form, "Naam (Nederlands)")).setValue("Dubbel");
        test(field(form, "Naam (Engels)")).setValue("Double");
        test($(Button.class, form).withText("Waarde toevoegen").single()).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Deze code bestaat al. Kies een andere.");
        assertThat(field(form, "Naam (Nederlands)").isInvalid()).isFalse();
        assertThat(code.getValue()).isEqualTo(taken);
        assertThat(agenda.publicValues()).extracting(ReferenceItem::code).doesNotContain("Dubbel");
    }

    @Test
    void a_missing_dutch_name_is_refused_on_the_dutch_name_and_nothing_is_added() {
        int values = agenda.publicValues().size();
        FormLayout form = valueForm();
        test(field(form, "Code")).setValue("zonder-naam-" + SEQUENCE.incrementAndGet());
        test(field(form, "Naam (Engels)")).setValue("Without a name");
        test($(Button.class, form).withText("Waarde toevoegen").single()).click();

        TextField dutch = field(form, "Naam (Nederlands)");
        assertThat(dutch.isInvalid()).isTrue();
        assertThat(dutch.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(field(form, "Code").isInvalid()).isFalse();
        assertThat(agenda.publicValues()).hasSize(values);
    }

    @Test
    void a_rename_without_an_english_name_is_refused_on_that_field_and_the_dialog_stays_open() {
        signInAs(Role.ADMIN);
        navigate(ReferenceDataView.class);
        Theme theme = agenda.theme("1A.5");
        NameDialog dialog = new NameDialog(
                "Naam van 1A.5 wijzigen",
                theme.name(),
                name -> agenda.renameTheme("1A.5", name, theme.version()),
                () -> {});
        dialog.open();
        TextField english = field(dialog, "Naam (Engels)");
        assertThat(english.getValue()).isEqualTo(theme.name().en());
        test(english).setValue("");
        test($(Button.class, dialog).withText("Opslaan").single()).click();

        assertThat(english.isInvalid()).isTrue();
        assertThat(english.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(field(dialog, "Naam (Nederlands)").isInvalid()).isFalse();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(agenda.theme("1A.5").name()).isEqualTo(theme.name());
    }
}
