package nl.raadsplein.deliberation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.raadsplein.account.Role;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

@Import(DiscussionFixtures.class)
class PolisImportViewTest extends UiTest {

    static final String COMMENTS = "comment-id,moderated,comment-body\n0,1,Een\n1,1,Twee\n2,-1,Weg\n";
    static final String VOTES = "participant,group-id,0,1,2\n0,,1,-1,1\n1,,1,1,-1\n2,,-1,1,0\n";

    private void fill(String question, String votes) {
        test($(TextField.class).withCaption("Vraag van de discussie").single()).setValue(question);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> themes = $(MultiSelectComboBox.class).single();
        themes.select(themes.getListDataView()
                .getItems()
                .filter(t -> t.toString().contains("3A.1"))
                .findFirst()
                .orElseThrow());
        test($(DatePicker.class).withCaption("Geopend op").single()).setValue(LocalDate.of(2024, 1, 1));
        test($(DatePicker.class).withCaption("Gesloten op").single()).setValue(LocalDate.of(2024, 2, 1));
        List<Upload> uploads = $(Upload.class).all();
        test(uploads.get(0)).upload("comments.csv", "text/csv", COMMENTS.getBytes(StandardCharsets.UTF_8));
        test(uploads.get(1)).upload("participants-votes.csv", "text/csv", votes.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_griffier_imports_a_small_conversation_and_lands_on_its_report() {
        signInAs(Role.GRIFFIER);
        navigate(PolisImportView.class);

        fill("Een klein Pol.is-gesprek", VOTES);
        click("Importeren");

        assertThat(heading()).isEqualTo("Verslag: Een klein Pol.is-gesprek");
        assertThat(saysSomewhere("Overgenomen uit een Pol.is-gesprek")
                        || $(DiscussionReportView.class)
                                .single()
                                .getElement()
                                .getTextRecursively()
                                .contains("Overgenomen uit een Pol.is-gesprek"))
                .isTrue();
    }

    @Test
    void a_malformed_file_is_named_with_its_line_and_the_form_keeps_what_was_typed() {
        signInAs(Role.GRIFFIER);
        navigate(PolisImportView.class);

        fill("Kapot gesprek", "participant,group-id,0,1,2\n0,,1,-1,1\n1,,1,zeven,-1\n");
        click("Importeren");

        Paragraph error = $(Paragraph.class).withClassName("polis-import-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("participants-votes.csv").contains("3");
        assertThat($(TextField.class)
                        .withCaption("Vraag van de discussie")
                        .single()
                        .getValue())
                .isEqualTo("Kapot gesprek");
    }

    @Test
    void a_missing_question_is_marked_on_its_field() {
        signInAs(Role.GRIFFIER);
        navigate(PolisImportView.class);

        fill(" ", VOTES);
        click("Importeren");

        TextField question =
                $(TextField.class).withCaption("Vraag van de discussie").single();
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo("Geef de vraag van de discussie.");
    }
}
