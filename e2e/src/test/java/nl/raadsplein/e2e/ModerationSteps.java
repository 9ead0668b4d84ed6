package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** Steps around reports and the griffie's moderation queue (in Dutch) that several journeys take. */
final class ModerationSteps {

    private ModerationSteps() {}

    /**
     * The queue's button that opens the reported or waiting comment whose text starts with this mark (letters and
     * digits, see {@link ParticipationSteps#mark()}: Playwright hands the pattern to JavaScript, which knows no
     * quoting).
     */
    static Locator queuedComment(Page griffier, String mark) {
        return griffier.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^Bekijk reactie " + mark + " ")));
    }

    /**
     * Lets the queue show all its rows, and returns the button, which may be anywhere in it. The queue is a lazily
     * loaded grid that renders only the rows in view, oldest first within a number of reports, and how many items
     * come before a journey's own depends on which journeys ran before it or beside it (ADR 27): a griffier would
     * scroll, here the grid grows instead.
     */
    static Locator inFullQueue(Page griffier, Locator button) {
        griffier.locator("main vaadin-grid.queue").evaluate("grid => { grid.allRowsVisible = true; }");
        return button;
    }

    /** In the open report dialog: picks this reason, sends the report and sees the thanks; returns the dialog. */
    static Locator sendReport(Page page, String reason) {
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(reason).setExact(true))
                .check();
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Melden").setExact(true))
                .click();
        assertThat(dialog).containsText("Bedankt voor uw melding");
        return dialog;
    }

    /** In the open item dialog: takes this action for this reason and sees it done. */
    static void decide(Page griffier, String action, String reason, String done) {
        select(griffier, "Wat doet u?", action);
        select(griffier, "Reden", reason);
        griffier.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Besluit uitvoeren"))
                .click();
        assertThat(ParticipationSteps.notice(griffier, "Het besluit is uitgevoerd: " + done + "."))
                .isVisible();
    }

    /** Picks an option in a Vaadin select of the open dialog by its label. */
    private static void select(Page page, String label, String option) {
        page.getByRole(AriaRole.DIALOG)
                .getByLabel(label, new Locator.GetByLabelOptions().setExact(true))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }
}
