package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.raadsplein.agenda.AgendaGoal;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.MotionSummary;
import nl.raadsplein.motion.VoteResult;
import nl.raadsplein.ui.Downloads;
import org.jspecify.annotations.Nullable;

/** Texts and fields the motion pages share. */
public final class MotionUi {

    private MotionUi() {}

    static String title(Component view, String key) {
        return view.getTranslation(key) + " | Raadsplein";
    }

    /** The state as a reader says it: a voted motion by its result, a tie as a rejection (ADR 12). */
    public static String status(Component view, MotionState state, @Nullable VoteResult result) {
        if (state == MotionState.VOTED && result != null) {
            return view.getTranslation("motion.result." + result.name());
        }
        return view.getTranslation("motionui.state." + state.name());
    }

    /** A motion in a list: a link with its title, its kind and where it stands. */
    public static ListItem item(Component view, MotionSummary motion) {
        RouterLink link = new RouterLink(motion.title(), MotionView.class, MotionView.parameters(motion.id()));
        Span facts = new Span(" · "
                + view.getTranslation("motion.type." + motion.type().name())
                + " · "
                + view.getTranslation("motionui.by", motion.firstSubmitter())
                + " · "
                + status(view, motion.state(), motion.result()));
        ListItem item = new ListItem(link, facts);
        item.addClassName("motion-" + motion.state().name().toLowerCase(Locale.ROOT));
        return item;
    }

    /** The version shown, as the council's PDF in the reader's language, named by the motion and version. */
    static Anchor pdfLink(Component view, Locale locale, MotionQueries queries, MotionDetails motion) {
        long id = motion.id();
        int version = motion.text().version();
        return Downloads.link(
                view.getTranslation("motionui.view.pdf"),
                "motie-" + id + "-v" + version + ".pdf",
                "application/pdf",
                () -> queries.pdf(id, version, locale));
    }

    /** The agenda's themes by code, democracy (3A.1) and the rule of law (3A.2) first. */
    static Map<String, String> themes(AgendaService agenda, Locale locale) {
        List<AgendaGoal.ThemeSummary> all = new ArrayList<>();
        agenda.goals().forEach(goal -> goal.topics().forEach(topic -> all.addAll(topic.themes())));
        all.sort(Comparator.comparing((AgendaGoal.ThemeSummary t) -> !t.highlighted())
                .thenComparing(AgendaGoal.ThemeSummary::code));
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(t -> names.put(t.code(), t.code() + " " + t.name().in(locale)));
        return names;
    }

    static MultiSelectComboBox<String> themeField(Component view, AgendaService agenda, Locale locale) {
        Map<String, String> names = themes(agenda, locale);
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(view.getTranslation("motionui.field.themes"));
        field.setItems(names.keySet());
        field.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        return field;
    }
}
