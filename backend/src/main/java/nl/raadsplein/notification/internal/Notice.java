package nl.raadsplein.notification.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A piece of news to tell accounts about.
 *
 * @param kind      a code for the kind of news, such as {@code PROPOSAL_ANSWERED}
 * @param titleKey  the message key of the title, rendered with {@code arguments} in each recipient's language
 * @param arguments the title's arguments; null for none
 * @param link      a path within the application, such as {@code /voorstellen/12}
 */
public record Notice(String kind, String titleKey, @Nullable List<Object> arguments, String link) {}
