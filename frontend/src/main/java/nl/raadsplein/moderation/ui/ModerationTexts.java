package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import nl.raadsplein.moderation.ContentState;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.moderation.QueueItem;
import nl.raadsplein.moderation.ReportReason;
import org.jspecify.annotations.Nullable;

/** Moderation's enums in words, shared by its views. */
final class ModerationTexts {

    private ModerationTexts() {}

    static String state(Component view, @Nullable ContentState state) {
        return view.getTranslation("moderationui.state." + (state == null ? "NONE" : state.name()));
    }

    static String reasons(Component view, List<ReportReason> reasons) {
        return reasons.stream()
                .map(r -> view.getTranslation("moderation.report-reason." + r.name()))
                .collect(Collectors.joining(", "));
    }

    /** What is at issue, shortened: the text, for a profile after the display name it stands under. */
    static String summary(Component view, QueueItem item, int length) {
        return shorten(
                item.content().type() == ContentType.PROFILE
                        ? view.getTranslation("moderationui.queue.profile", item.context(), profileText(view, item))
                        : item.text(),
                length);
    }

    static String profileText(Component view, QueueItem item) {
        return item.text() == null ? view.getTranslation("moderationui.item.no-profile-text") : item.text();
    }

    static String shorten(@Nullable String text, int length) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= length ? flat : flat.substring(0, length - 1) + "…";
    }
}
