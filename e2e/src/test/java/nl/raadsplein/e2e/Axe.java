package nl.raadsplein.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core (from npm, see e2e/package.json) checking a page against WCAG 2.0 and 2.1, levels A and AA. Every
 * rule with those tags runs; none is disabled and no violation is filtered out.
 */
public final class Axe {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String RUN = """
            async (tags) => {
              const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
              return results.violations.map(v => ({
                id: v.id,
                impact: v.impact || 'unknown',
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                  target: JSON.stringify(n.target),
                  html: n.html,
                  summary: n.failureSummary || ''
                }))
              }));
            }""";

    /**
     * Lets running animations with an end finish first (a dialog fading in, a drawer sliding open), so that axe
     * measures the page at rest, not a half-transparent frame; gives up after five seconds.
     */
    private static final String SETTLE = """
            async () => {
              const finite = document.getAnimations().filter(a => a.playState === 'running'
                  && Number.isFinite(a.effect && a.effect.getComputedTiming().endTime));
              const done = Promise.all(finite.map(a => a.finished.catch(() => null)));
              await Promise.race([done, new Promise(resolve => setTimeout(resolve, 5000))]);
            }""";

    private Axe() {}

    /** The violations on the page as it is now; an empty list when there are none. */
    public static List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        }
        page.evaluate(SETTLE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate(RUN, TAGS);
        return raw.stream().map(Violation::of).toList();
    }

    /** Fails, with {@link #describe}, when axe finds any violation on the page as it is now. */
    public static void check(Page page, String pageName) {
        List<Violation> violations = violations(page);
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(pageName, page.url(), violations));
        }
    }

    /** Readable enough to fix from a CI log: rule, impact, help, and each offending element. */
    public static String describe(String pageName, String url, List<Violation> violations) {
        StringBuilder text = new StringBuilder()
                .append(violations.size())
                .append(" accessibility violation(s) (axe-core, ")
                .append(String.join(", ", TAGS))
                .append(") on ")
                .append(pageName)
                .append(" (")
                .append(url)
                .append("):");
        for (Violation v : violations) {
            text.append("\n- ")
                    .append(v.id())
                    .append(" [")
                    .append(v.impact())
                    .append("] ")
                    .append(v.help())
                    .append(" (")
                    .append(v.helpUrl())
                    .append(")");
            for (Node n : v.nodes()) {
                text.append("\n    target ")
                        .append(n.target())
                        .append("\n      ")
                        .append(n.html());
                n.summary().lines().forEach(line -> text.append("\n      ").append(line));
            }
        }
        return text.toString();
    }

    private static Path script() {
        Path script = Path.of(Settings.required("raadsplein.e2e.axe-script"));
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: the build installs it with 'npm ci' in e2e "
                    + "(do not pass -Dskip.npm on a fresh checkout)");
        }
        return script;
    }

    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

        @SuppressWarnings("unchecked")
        static Violation of(Map<String, Object> raw) {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) raw.get("nodes");
            return new Violation(
                    str(raw.get("id")),
                    str(raw.get("impact")),
                    str(raw.get("help")),
                    str(raw.get("helpUrl")),
                    nodes.stream()
                            .map(n -> new Node(str(n.get("target")), str(n.get("html")), str(n.get("summary"))))
                            .toList());
        }
    }

    public record Node(String target, String html, String summary) {}

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
