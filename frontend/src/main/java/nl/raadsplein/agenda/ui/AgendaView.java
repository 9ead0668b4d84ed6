package nl.raadsplein.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.agenda.AgendaGoal;
import nl.raadsplein.agenda.AgendaService;

/** The agenda's tree of goals, main topics and themes; democracy and the rule of law first. */
@Route("agenda")
@AnonymousAllowed
public class AgendaView extends Div implements HasDynamicTitle {

    public AgendaView(AgendaService agenda) {
        addClassName("agenda");
        Locale locale = getLocale();
        List<AgendaGoal> goals = agenda.goals();
        add(
                new H1(getTranslation("agenda.title")),
                new Paragraph(getTranslation("agenda.intro")),
                new Paragraph(new RouterLink(getTranslation("agenda.overview.link"), AgendaFiguresView.class)));

        Section first = new Section(
                new H2(getTranslation("agenda.first.title")), new Paragraph(getTranslation("agenda.first.text")));
        first.addClassName("agenda-first");
        UnorderedList firstThemes = new UnorderedList();
        goals.stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .filter(AgendaGoal.ThemeSummary::highlighted)
                .forEach(theme -> firstThemes.add(new ListItem(themeLink(theme, locale))));
        first.add(firstThemes);
        add(first);

        for (AgendaGoal goal : goals) {
            Section section = new Section(
                    new H2(goal.code() + ". " + goal.name().in(locale)),
                    new Paragraph(goal.summary().in(locale)));
            section.addClassName("agenda-goal");
            for (AgendaGoal.Topic topic : goal.topics()) {
                UnorderedList themes = new UnorderedList();
                topic.themes().forEach(theme -> {
                    ListItem item = new ListItem(themeLink(theme, locale));
                    if (theme.highlighted()) {
                        Span badge = new Span(getTranslation("agenda.first.badge"));
                        badge.addClassName("badge");
                        item.add(badge);
                    }
                    themes.add(item);
                });
                section.add(new H3(topic.code() + " " + topic.name().in(locale)), themes);
            }
            add(section);
        }
    }

    private static RouterLink themeLink(AgendaGoal.ThemeSummary theme, Locale locale) {
        return new RouterLink(
                theme.code() + " " + theme.name().in(locale),
                ThemeView.class,
                new RouteParameters(ThemeView.CODE, theme.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title") + " | Raadsplein";
    }
}
