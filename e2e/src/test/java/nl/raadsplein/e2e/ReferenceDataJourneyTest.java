package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The administrator keeps the agenda's reference data in both languages; visitors see the result. */
// No @Uses: it adds to the agenda's reference data, which every page and every form's choices show.
class ReferenceDataJourneyTest extends Journey {

    @Test
    void administrator_adds_a_digital_topic_to_the_democracy_theme_and_visitors_find_it_there() {
        String code = "drones-" + System.currentTimeMillis();
        AccountSteps.logIn(page(), AccountSteps.ADMINISTRATOR);
        open("/beheer/referentiegegevens");
        assertThat(heading()).hasText("Referentiegegevens");
        checkAccessibility("reference data, administrator");

        Locator form = page().locator("vaadin-form-layout[aria-label='Onderwerp toevoegen']");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Code"))
                .fill(code);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Naam (Nederlands)"))
                .fill("Drones boven de stad");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Naam (Engels)"))
                .fill("Drones over the town");
        Locator themes = form.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Thema’s"));
        themes.fill("3A.1");
        page().getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("3A.1").setExact(true))
                .click();
        page().keyboard().press("Escape");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Onderwerp toevoegen"))
                .click();

        assertThat(page().getByText(code + " is toegevoegd.")).isVisible();
        checkAccessibility("reference data after adding a topic");

        Page visitor = anotherBrowser(DESKTOP).newPage();
        visitor.navigate("/agenda/3A.1");
        assertThat(visitor.getByText("Drones boven de stad")).isVisible();
        checkAccessibility(visitor, "theme 3A.1 with the new topic, visitor");
    }

    @Test
    void a_code_that_is_not_a_code_is_refused_next_to_the_field_and_nothing_is_added() {
        AccountSteps.logIn(page(), AccountSteps.ADMINISTRATOR);
        open("/beheer/referentiegegevens");
        Locator form = page().locator("vaadin-form-layout[aria-label='Waarde toevoegen']");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Code"))
                .fill("<script>alert(1)</script>");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Naam (Nederlands)"))
                .fill("Iets");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Naam (Engels)"))
                .fill("Something");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Waarde toevoegen"))
                .click();

        assertThat(form.getByText("Een code bestaat uit kleine letters, cijfers en streepjes"))
                .isVisible();
        assertThat(page().getByText("<script>alert(1)</script> is toegevoegd.")).hasCount(0);
        checkAccessibility("reference data with a refused code");
    }

    @Test
    void metrics_are_for_administrators_only() {
        assertThat(http().get("/actuator/prometheus").status()).isNotEqualTo(200);
        AccountSteps.logIn(page(), AccountSteps.ADMINISTRATOR);
        APIResponse metrics = page().request().get(app().url("/actuator/prometheus"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes");
    }
}
