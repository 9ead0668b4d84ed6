package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.raadsplein.agenda.AgendaGoal;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.ui.FilterFold;
import nl.raadsplein.ui.Formats;

/** All consultations, open ones first by default, filtered by status, agenda theme and digital topic. */
@Route("raadplegingen")
@AnonymousAllowed
public class ConsultationsView extends Div implements HasDynamicTitle {

    private final ConsultationService consultations;
    private final Select<ConsultationFilter.Status> status = new Select<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final ComboBox<String> topic = new ComboBox<>();
    private final VirtualList<ConsultationSummary> list = new VirtualList<>();
    private final Paragraph empty = new Paragraph();
    private final FilterFold fold = new FilterFold(status, theme, topic);

    public ConsultationsView(ConsultationService consultations, AgendaService agenda) {
        this.consultations = consultations;
        Locale locale = getLocale();
        add(new H1(getTranslation("consultations.title")), new Paragraph(getTranslation("consultations.intro")));

        status.setLabel(getTranslation("consultations.filter.status"));
        status.setItems(ConsultationFilter.Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("consultations.filter.all"));
        status.setItemLabelGenerator(s -> s == null
                ? getTranslation("consultations.filter.all")
                : getTranslation("consultations.status." + s.name()));
        status.setValue(ConsultationFilter.Status.OPEN);

        Map<String, String> themeNames = agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .collect(Collectors.toMap(
                        AgendaGoal.ThemeSummary::code,
                        t -> t.code() + " " + t.name().in(locale),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        theme.setLabel(getTranslation("consultations.filter.theme"));
        theme.setItems(themeNames.keySet());
        theme.setItemLabelGenerator(themeNames::get);
        theme.setClearButtonVisible(true);

        Map<String, String> topicNames = agenda.digitalTopics().stream()
                .collect(Collectors.toMap(
                        ReferenceItem::code, t -> t.name().in(locale), (a, b) -> a, java.util.LinkedHashMap::new));
        topic.setLabel(getTranslation("consultations.filter.topic"));
        topic.setItems(topicNames.keySet());
        topic.setItemLabelGenerator(topicNames::get);
        topic.setClearButtonVisible(true);

        add(fold);

        list.setRenderer(new ComponentRenderer<>(c -> card(c, locale)));
        list.getElement().setAttribute("aria-label", getTranslation("consultations.title"));
        list.addClassName("card-list");
        add(empty, list);

        status.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        ConsultationFilter filter = new ConsultationFilter(status.getValue(), theme.getValue(), topic.getValue());
        fold.showActive((int) Stream.of(filter.status(), filter.themeCode(), filter.topicCode())
                .filter(Objects::nonNull)
                .count());
        int count = consultations.count(filter);
        empty.setText(count == 0 ? getTranslation("consultations.none") : getTranslation("consultations.count", count));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> consultations.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> consultations.count(filter)));
    }

    private Div card(ConsultationSummary consultation, Locale locale) {
        RouterLink title = new RouterLink(
                consultation.title(), ConsultationView.class, ConsultationView.parameters(consultation.id()));
        H2 heading = new H2(title);
        Paragraph dates = new Paragraph(getTranslation(
                "consultations.dates",
                Formats.date(consultation.dates().informationFrom(), locale),
                Formats.date(consultation.dates().closedFrom(), locale)));
        dates.addClassName("meta");
        Div card = new Div(heading, new PhaseBadge(consultation.phase()), new Paragraph(consultation.summary()), dates);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.title") + " | Raadsplein";
    }
}
