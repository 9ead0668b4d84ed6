package nl.raadsplein.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown that people write, rendered to HTML that can be shown as is: raw HTML in the text is escaped,
 * link targets other than http(s) and mailto are dropped, and the result passes an allow-list of tags and
 * attributes, so no script, style, event handler or frame can come through.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.basic()
            .removeTags("span", "cite", "q", "sub", "sup", "u")
            .addTags("h2", "h3", "h4")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private Markdown() {}

    /** The HTML of {@code markdown}, wrapped in one {@code div} so it can be shown as a single element. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return "<div class=\"markdown\">" + Jsoup.clean(html, ALLOWED) + "</div>";
    }
}
