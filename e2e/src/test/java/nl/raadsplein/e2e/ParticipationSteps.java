package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.raadsplein.e2e.AccountSteps.Person;

/**
 * Steps of the participation loop that several journeys take, in Dutch: the griffier setting up a consultation in
 * the editor, a resident writing a proposal, reading and changing support counts, the notification bell.
 */
final class ParticipationSteps {

    static final Person AHMED = new Person("Ahmed El Amrani", "ahmed@ijssellanden.example", "Inwoner-demo-2026");
    static final Person FATMA = new Person("Fatma Yılmaz", "fatma@ijssellanden.example", "Inwoner-demo-2026");

    static final String RATINGS = "Beoordelingsplatforms in onze buurt";
    static final String DATA_LEAKS = "Datalekken en de apps van de gemeente";
    static final String MASTS = "5G-masten in IJssellanden";
    static final String HANZEHOF = "Buurtvereniging De Hanzehof";
    static final String DEMOCRACY = "3A.1 Impact van de informatiesamenleving op de democratie";

    static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    /** How a Vaadin date picker in Dutch shows a date: 7-12-2026. */
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private static final Pattern SUPPORTS = Pattern.compile("^(\\d+) van (\\d+) steunbetuigingen$");
    private static final Pattern COMMENT_COUNTS = Pattern.compile("^(\\d+) voor · (\\d+) tegen · (\\d+) reacties$");
    private static final Pattern PROPOSAL_PATH = Pattern.compile("^/voorstellen/(\\d+)$");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ParticipationSteps() {}

    /** A short mark that makes titles of this run's consultations and proposals unique. */
    static String mark() {
        return Long.toString(System.currentTimeMillis() % 1_000_000, 36) + SEQUENCE.incrementAndGet();
    }

    /** What the griffier types into the consultation editor. */
    record NewConsultation(
            String title,
            String summary,
            String body,
            String themeCode,
            String themeName,
            String topicName,
            int threshold,
            boolean verificationRequired) {}

    /**
     * On the (new) consultation editor: fills in text, theme, topic, phase dates so that proposals are open now
     * (information from the day before yesterday, proposals from yesterday, the later phases as the editor
     * proposes them, weeks ahead) and the settings; saves and lands on the consultation's page. Returns its path.
     */
    static String saveConsultation(Page page, NewConsultation consultation) {
        assertThat(heading(page)).hasText("Nieuwe raadpleging");
        textbox(page, "Titel").fill(consultation.title());
        textbox(page, "Korte samenvatting").fill(consultation.summary());
        textbox(page, "Toelichting").fill(consultation.body());
        choose(page, "Thema’s van de agenda", consultation.themeCode(), consultation.themeName());
        choose(page, "Digitale onderwerpen", consultation.topicName(), consultation.topicName());

        LocalDate today = LocalDate.now(MUNICIPALITY);
        date(page, "Informatie vanaf", today.minusDays(2));
        date(page, "Voorstellen indienen vanaf", today.minusDays(1));
        Locator supportsFrom = dateInput(page, "Alleen nog steunen vanaf");
        assertThat(supportsFrom).not().hasValue("");
        LocalDate supportsFromDate = LocalDate.parse(supportsFrom.inputValue(), DUTCH_DATE);
        if (!supportsFromDate.isAfter(today)) {
            throw new AssertionError("The editor proposes supports-only from " + supportsFromDate + ", not later");
        }

        Locator threshold = page.getByRole(
                AriaRole.SPINBUTTON,
                new Page.GetByRoleOptions().setName("Drempel voor de raad (aantal steunbetuigingen)"));
        threshold.fill(Integer.toString(consultation.threshold()));
        threshold.press("Tab");
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Alleen geverifieerde inwoners mogen steunen"))
                .setChecked(consultation.verificationRequired());

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Opslaan").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/raadplegingen/\\d+$"));
        assertThat(heading(page)).hasText(consultation.title());
        return URI.create(page.url()).getPath();
    }

    /** In a multi-select combo box: types to filter, picks the option, closes the list. */
    static void choose(Page page, String label, String typed, String option) {
        Locator box = page.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
        box.click();
        box.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))
                .click();
        box.press("Escape");
    }

    /** The date half of a date-time picker (its group is named by the label). */
    static Locator dateInput(Page page, String label) {
        return page.getByRole(
                        AriaRole.GROUP,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .locator("vaadin-date-picker input");
    }

    /** Types the date as a Dutch user does and confirms with Enter; the field shows it as typed. */
    static void date(Page page, String label, LocalDate date) {
        Locator input = dateInput(page, label);
        String text = date.format(DUTCH_DATE);
        input.fill(text);
        input.press("Enter");
        assertThat(input).hasValue(text);
    }

    /**
     * Types a date into the date picker labelled so within the scope and confirms with Enter; the field shows it as
     * typed.
     */
    static void datePicker(Locator scope, String label, String value) {
        Locator picker = scope.locator("vaadin-date-picker", new Locator.LocatorOptions().setHasText(label));
        Locator field = picker.locator("input");
        field.fill(value);
        field.press("Enter");
        // On a busy machine the calendar can open after Enter was handled; while it is open the rest of the form is
        // hidden from the accessibility tree, so a person would close it first, as here.
        Locator calendar = picker.and(scope.page().locator("[opened]"));
        try {
            calendar.waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.DETACHED)
                    .setTimeout(3_000));
        } catch (TimeoutError stillOpen) {
            field.press("Escape");
        }
        assertThat(calendar).hasCount(0);
        assertThat(field).hasValue(value);
    }

    /** On the submit page: types a proposal with one topic and presses "Controleren". */
    static void writeProposal(Page page, String title, String body, String topicTyped, String topicName) {
        assertThat(heading(page)).hasText("Voorstel indienen");
        textbox(page, "Titel").fill(title);
        textbox(page, "Uw voorstel").fill(body);
        choose(page, "Onderwerpen", topicTyped, topicName);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Controleren").setExact(true))
                .click();
        assertThat(similarSection(page)
                        .getByRole(
                                AriaRole.HEADING,
                                new Locator.GetByRoleOptions().setName("Lijkt een van deze voorstellen op het uwe?")))
                .isVisible();
    }

    /** The section that "Controleren" opens: proposals alike, and the button that submits. */
    static Locator similarSection(Page page) {
        return page.locator("main .similar");
    }

    /**
     * Submits a proposal to the consultation at {@code consultationPath} through the form, whether or not
     * something similar is found, and lands on its page; returns the proposal's path.
     */
    static String submitProposal(
            Page page, String consultationPath, String title, String body, String topicTyped, String topicName) {
        page.navigate(consultationPath + "/voorstel-indienen");
        writeProposal(page, title, body, topicTyped, topicName);
        similarSection(page)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("^(Indienen|Toch indienen)$")))
                .click();
        return submitted(page, title);
    }

    /** After submitting: the proposal's page with the confirmation; returns its path. */
    static String submitted(Page page, String title) {
        assertThat(page).hasURL(Pattern.compile("/voorstellen/\\d+\\?ingediend=1$"));
        assertThat(heading(page)).hasText(title);
        assertThat(page.locator("main").getByRole(AriaRole.STATUS))
                .hasText("Uw voorstel is ingediend. Het staat nu open voor steun.");
        return URI.create(page.url()).getPath();
    }

    static long proposalId(String proposalPath) {
        Matcher matcher = PROPOSAL_PATH.matcher(proposalPath);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a proposal's path: " + proposalPath);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Opens a proposal from the list on its consultation's page. */
    static void openProposalOf(Page page, String consultationTitle, String proposalTitle) {
        openProposalOf(page, "Raadplegingen", consultationTitle, proposalTitle);
    }

    /** As above, for a page in another language than Dutch: the consultations page has this heading. */
    static void openProposalOf(Page page, String consultationsHeading, String consultationTitle, String proposalTitle) {
        page.navigate("/raadplegingen");
        assertThat(heading(page)).hasText(consultationsHeading);
        page.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName(consultationTitle)
                                .setExact(true))
                .click();
        assertThat(heading(page)).hasText(consultationTitle);
        page.locator("main .consultation-proposals")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(proposalTitle).setExact(true))
                .click();
        assertThat(heading(page)).hasText(proposalTitle);
    }

    /** "3 van 25 steunbetuigingen" on a proposal's page. */
    static Locator supportCount(Page page) {
        return page.locator("main .support .support-count");
    }

    static String supportText(int supports, int threshold) {
        return supports + " van " + threshold + " steunbetuigingen";
    }

    /** The number of supports the proposal's page shows now, once it shows one. */
    static int supports(Page page) {
        assertThat(supportCount(page)).hasText(SUPPORTS);
        Matcher matcher = SUPPORTS.matcher(supportCount(page).textContent().strip());
        if (!matcher.matches()) {
            throw new AssertionError(
                    "Unexpected support count: " + supportCount(page).textContent());
        }
        return Integer.parseInt(matcher.group(1));
    }

    static int threshold(Page page) {
        assertThat(supportCount(page)).hasText(SUPPORTS);
        Matcher matcher = SUPPORTS.matcher(supportCount(page).textContent().strip());
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : -1;
    }

    static Locator supportButton(Page page, String name) {
        return page.locator("main .support")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * On a proposal's page: double-clicks "Steunen", as many people click, and sees the count one higher and the
     * button to withdraw once the page has no request left on its way (the second click must not withdraw).
     */
    static void supportWithADoubleClick(Page page) {
        int before = supports(page);
        int threshold = threshold(page);
        supportButton(page, "Steunen").dblclick();
        assertThat(page.locator("main .support .hint")).hasText("U steunt dit voorstel.");
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        assertThat(supportCount(page)).hasText(supportText(before + 1, threshold));
        assertThat(supportButton(page, "Steun intrekken")).isVisible();
        page.reload();
        assertThat(supportCount(page)).hasText(supportText(before + 1, threshold));
        assertThat(supportButton(page, "Steun intrekken")).isVisible();
    }

    /** On a proposal's page: presses "Steunen" and sees the count one higher and the button to withdraw. */
    static void support(Page page) {
        int before = supports(page);
        int threshold = threshold(page);
        supportButton(page, "Steunen").click();
        assertThat(supportCount(page)).hasText(supportText(before + 1, threshold));
        assertThat(supportButton(page, "Steun intrekken")).isVisible();
        assertThat(page.locator("main .support .hint")).hasText("U steunt dit voorstel.");
    }

    /** "2 voor · 1 tegen · 4 reacties" under a proposal: {for, against, all}. */
    static int[] commentCounts(Page page) {
        Locator counts = page.locator("main .comment-counts");
        assertThat(counts).hasText(COMMENT_COUNTS);
        Matcher matcher = COMMENT_COUNTS.matcher(counts.textContent().strip());
        if (!matcher.matches()) {
            throw new AssertionError("Unexpected comment counts: " + counts.textContent());
        }
        return new int[] {
            Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))
        };
    }

    static String commentCountsText(int inFavour, int against, int all) {
        return inFavour + " voor · " + against + " tegen · " + all + " reacties";
    }

    /** The bell in the header, named "Meldingen, 2 ongelezen". */
    static Locator bell(Page page) {
        return page.locator(".site-header")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Meldingen, ")));
    }

    static String bellName(int unread) {
        return switch (unread) {
            case 0 -> "Meldingen, geen ongelezen";
            default -> "Meldingen, " + unread + " ongelezen";
        };
    }

    /** The number of unread notifications the bell announces now. */
    static int unread(Page page) {
        assertThat(bell(page)).isVisible();
        String name = bell(page).getAttribute("aria-label");
        Matcher matcher = Pattern.compile("^Meldingen, (geen|\\d+) ongelezen$").matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            throw new AssertionError("Unexpected name of the bell: " + name);
        }
        return "geen".equals(matcher.group(1)) ? 0 : Integer.parseInt(matcher.group(1));
    }

    static Locator textbox(Page page, String label) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A success (or error) notification card, which Vaadin announces as an alert. */
    static Locator notice(Page page, String text) {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(text));
    }

    static Locator heading(Page page) {
        return AccountSteps.heading(page);
    }
}
