package nl.raadsplein.moderation;

import org.jspecify.annotations.Nullable;

/**
 * The rules of conduct (spelregels) shown on the forms of a consultation: its own, or the platform's default.
 * Plain text with line breaks, shown as text and never as HTML, so no markup, link or script a griffier (or
 * whoever got hold of a griffier's account) pastes can reach the people who post.
 *
 * @param consultationId  the consultation they are for; {@code null} outside any consultation
 * @param text            as written, lines separated by {@code \n}
 * @param platformDefault the consultation has none of its own
 */
public record ConductRules(@Nullable Long consultationId, String text, boolean platformDefault) {}
