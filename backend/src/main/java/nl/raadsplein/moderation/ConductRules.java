package nl.raadsplein.moderation;

import nl.raadsplein.platform.Markdown;

/**
 * The rules of conduct (spelregels) shown on forms: the consultation's own, or the platform's default.
 *
 * @param markdown        as written
 * @param platformDefault the consultation has none of its own
 */
public record ConductRules(String markdown, boolean platformDefault) {

    /** The Markdown as HTML that is safe to show. */
    public String html() {
        return Markdown.toSafeHtml(markdown);
    }
}
