package nl.raadsplein.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import nl.raadsplein.ui.FilterFold;
import org.junit.jupiter.api.Test;

/** The list's filters fold behind one button that counts the active ones (folded on a phone by the stylesheet). */
class ProposalListTest extends ProposalUiTestSupport {

    @Test
    void the_filters_button_counts_the_active_filters_and_opens_and_closes_them() {
        proposal();
        signInAsResident();
        navigate(ProposalsView.class);
        FilterFold fold = $(FilterFold.class).single();
        Button toggle = $(Button.class, fold).withClassName("filter-toggle").single();
        assertThat(toggle.getText()).isEqualTo("Filters");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        test(toggle).click();
        assertThat(fold.isOpen()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        test($(ComboBox.class, fold).withLabel("Thema").single())
                .selectItem("3A.2 Impact van de informatiesamenleving op de rechtsstaat");
        assertThat(toggle.getText()).isEqualTo("Filters (1 actief)");
        test($(Checkbox.class, fold).withLabel("Mijn voorstellen").single()).click();
        assertThat(toggle.getText()).isEqualTo("Filters (2 actief)");
        $(ComboBox.class, fold).withLabel("Thema").single().clear();
        test($(Checkbox.class, fold).withLabel("Mijn voorstellen").single()).click();
        assertThat(toggle.getText()).isEqualTo("Filters");

        test(toggle).click();
        assertThat(fold.isOpen()).isFalse();
    }
}
