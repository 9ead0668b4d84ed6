package nl.raadsplein.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness's own checks bite: a page with known WCAG failures does not pass. */
// Only the harness and a page of its own.
@SharedDemoData.Uses
class HarnessTest extends Journey {

    private static final String BROKEN_PAGE = """
            <!DOCTYPE html>
            <html><body>
              <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
              <a href="#"></a>
              <p style="color:#ccc;background:#fff">Hardly readable</p>
            </body></html>""";

    @Test
    void axe_reports_known_violations_with_rule_impact_and_target() {
        page().setContent(BROKEN_PAGE);

        assertThat(Axe.violations(page()))
                .extracting(Axe.Violation::id)
                .contains("document-title", "html-has-lang", "image-alt", "link-name", "color-contrast");
        assertThatThrownBy(() -> checkAccessibility("a broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("on a broken page")
                .hasMessageContaining("- image-alt [critical]")
                .hasMessageContaining("target [\"img\"]");
    }

    @Test
    void app_is_started_once_on_free_ports_and_answers() {
        assertThat(app().baseUrl()).matches("http://localhost:\\d+");
        assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
