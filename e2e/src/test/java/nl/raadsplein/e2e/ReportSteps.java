package nl.raadsplein.e2e;

import com.microsoft.playwright.Page;

/** Steps around the reports of value discussions. */
final class ReportSteps {

    /** The demo data imports its conversations after the J4 discussion: among the first ids. */
    private static final int SEARCHED_IDS = 30;

    private ReportSteps() {}

    /**
     * The report path of the demo discussion with this question. Until the list of discussions links its reports,
     * the first ids are tried; the demo data adds only a few discussions.
     */
    static String demoReportPath(Page page, String question) {
        for (int id = 1; id <= SEARCHED_IDS; id++) {
            String path = "/waardendiscussies/" + id + "/verslag";
            if (page.navigate(path).status() == 200
                    && page.locator("main#main-content h1").textContent().contains(question)) {
                return path;
            }
        }
        throw new AssertionError("no report of the demo discussion " + question);
    }
}
