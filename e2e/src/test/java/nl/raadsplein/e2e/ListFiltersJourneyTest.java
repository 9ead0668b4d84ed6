package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Sandra (J1) on her phone in the evening: the lists of proposals and consultations start on the first screen, with
 * search first and the other filters behind one "Filters" button that says how many are active; a desktop keeps
 * them open.
 */
// Reads lists without counting them.
@SharedDemoData.Uses
class ListFiltersJourneyTest extends Journey {

    @Test
    void on_a_phone_the_proposals_come_first_and_the_filters_wait_behind_one_button() {
        on(PHONE);
        open("/voorstellen");
        Locator main = page().locator("main");
        assertThat(main.getByLabel("Zoeken in voorstellen")).isVisible();
        Locator toggle = filters();
        assertThat(toggle).hasText("Filters");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(main.getByLabel("Thema", new Locator.GetByLabelOptions().setExact(true)))
                .isHidden();
        assertThat(main.locator(".proposal-card").first()).isInViewport();
        checkAccessibility("proposals, filters folded, phone");

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        Locator theme = main.getByLabel("Thema", new Locator.GetByLabelOptions().setExact(true));
        assertThat(theme).isVisible();
        theme.fill("3A.2");
        page().getByRole(AriaRole.OPTION).first().click();
        assertThat(toggle).hasText("Filters (1 actief)");
        checkAccessibility("proposals, filters open with one active, phone");

        open("/raadplegingen");
        assertThat(filters()).hasText("Filters (1 actief)");
        assertThat(page().locator("main .card-list h2").first()).isInViewport();
    }

    @Test
    void on_a_desktop_the_filters_are_open_without_a_button() {
        on(DESKTOP);
        open("/voorstellen");
        assertThat(page().locator("main").getByLabel("Thema", new Locator.GetByLabelOptions().setExact(true)))
                .isVisible();
        assertThat(filters()).isHidden();
    }

    private Locator filters() {
        return page().locator("main .filter-toggle");
    }
}
