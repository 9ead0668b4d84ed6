package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import nl.raadsplein.platform.Paging;
import nl.raadsplein.proposal.ProposalQuery;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSort;
import nl.raadsplein.proposal.ProposalState;
import nl.raadsplein.proposal.ProposalSummary;
import nl.raadsplein.ui.FilterFold;
import org.jspecify.annotations.Nullable;

/**
 * Proposals to browse: full-text search, filters and an order that is random per visitor by default, loaded a
 * page at a time. Shown on its own page and, fixed to one consultation, on the consultation's page.
 */
public class ProposalList extends Div {

    private final ProposalService proposals;
    private final @Nullable Long fixedConsultation;
    private final boolean headingsLevelTwo;
    private final TextField search = new TextField();
    private final ComboBox<Long> consultation = new ComboBox<>();
    private final Select<ProposalState> state = new Select<>();
    private final ComboBox<String> topic = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final Checkbox supportedByMe = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private final Select<ProposalSort> sort = new Select<>();
    private final Paragraph count = new Paragraph();
    private final VirtualList<ProposalSummary> list = new VirtualList<>();
    private final Map<String, String> topicNames;
    private final FilterFold fold;

    /**
     * @param fixedConsultation only this consultation's proposals, without a consultation filter; or null
     * @param headingsLevelTwo  the proposals' titles are h2 (their own page) rather than h3 (under a section)
     */
    public ProposalList(
            ProposalService proposals,
            ConsultationService consultations,
            AgendaService agenda,
            boolean loggedIn,
            @Nullable Long fixedConsultation,
            boolean headingsLevelTwo) {
        this.proposals = proposals;
        this.fixedConsultation = fixedConsultation;
        this.headingsLevelTwo = headingsLevelTwo;
        addClassName("proposal-list");
        Locale locale = getLocale();

        search.setLabel(getTranslation("proposalui.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search");

        if (fixedConsultation == null) {
            Map<Long, String> titles = consultations.list(ConsultationFilter.ALL, 0, 500).stream()
                    .collect(Collectors.toMap(
                            ConsultationSummary::id, ConsultationSummary::title, (a, b) -> a, LinkedHashMap::new));
            consultation.setLabel(getTranslation("proposalui.list.consultation"));
            consultation.setItems(titles.keySet());
            consultation.setItemLabelGenerator(id -> titles.getOrDefault(id, ""));
            consultation.setClearButtonVisible(true);
        }

        state.setLabel(getTranslation("proposalui.list.state"));
        state.setItems(ProposalQuery.PUBLIC_STATES);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("proposalui.list.all"));
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("proposalui.list.all") : ProposalTexts.state(this, s));

        topicNames = agenda.digitalTopics().stream()
                .collect(Collectors.toMap(
                        ReferenceItem::code, t -> t.name().in(locale), (a, b) -> a, LinkedHashMap::new));
        topic.setLabel(getTranslation("proposalui.list.topic"));
        topic.setItems(topicNames.keySet());
        topic.setItemLabelGenerator(code -> topicNames.getOrDefault(code, code));
        topic.setClearButtonVisible(true);

        Map<String, String> themeNames = agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .collect(Collectors.toMap(
                        AgendaGoal.ThemeSummary::code,
                        t -> t.code() + " " + t.name().in(locale),
                        (a, b) -> a,
                        LinkedHashMap::new));
        theme.setLabel(getTranslation("proposalui.list.theme"));
        theme.setItems(themeNames.keySet());
        theme.setItemLabelGenerator(code -> themeNames.getOrDefault(code, code));
        theme.setClearButtonVisible(true);

        sort.setLabel(getTranslation("proposalui.list.sort"));
        sort.setItems(ProposalSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("proposalui.sort." + s.name()));
        sort.setValue(ProposalSort.RANDOM);

        List<Component> filters = new ArrayList<>();
        if (fixedConsultation == null) {
            filters.add(consultation);
        }
        filters.addAll(List.of(state, topic, theme, sort));
        if (loggedIn) {
            supportedByMe.setLabel(getTranslation("proposalui.list.supported-by-me"));
            mine.setLabel(getTranslation("proposalui.list.mine"));
            filters.addAll(List.of(supportedByMe, mine));
        }
        fold = new FilterFold(filters.toArray(Component[]::new));
        add(search, fold);

        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.getElement().setAttribute("aria-label", getTranslation("proposalui.list.label"));
        list.addClassName("card-list");
        add(count, list);

        search.addValueChangeListener(e -> refresh());
        consultation.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        supportedByMe.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** Presets filters from an address such as /voorstellen?thema=3A.2&raadpleging=4. */
    public void preset(@Nullable Long consultationId, @Nullable String themeCode) {
        if (consultationId != null
                && fixedConsultation == null
                && consultation.getListDataView().getItems().anyMatch(consultationId::equals)) {
            consultation.setValue(consultationId);
        }
        if (themeCode != null && theme.getListDataView().getItems().anyMatch(themeCode::equals)) {
            theme.setValue(themeCode);
        }
    }

    ProposalQuery query() {
        String text = search.getValue() == null || search.getValue().isBlank()
                ? null
                : search.getValue().strip();
        return new ProposalQuery(
                fixedConsultation != null ? fixedConsultation : consultation.getValue(),
                text,
                state.getValue() == null ? null : EnumSet.of(state.getValue()),
                topic.getValue(),
                theme.getValue(),
                supportedByMe.getValue(),
                mine.getValue(),
                sort.getValue(),
                RandomSeeds.current());
    }

    private void refresh() {
        ProposalQuery query = query();
        fold.showActive((int) Stream.of(
                        fixedConsultation == null ? query.consultationId() : null,
                        query.states(),
                        query.topicCode(),
                        query.themeCode(),
                        query.supportedByMe() ? Boolean.TRUE : null,
                        query.mine() ? Boolean.TRUE : null)
                .filter(Objects::nonNull)
                .count());
        int total = proposals.count(query);
        count.setText(
                total == 0 ? getTranslation("proposalui.list.none") : getTranslation("proposalui.list.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                q -> proposals.find(query, q.getOffset(), Math.min(q.getLimit(), Paging.MAX_LIMIT)).stream(),
                q -> proposals.count(query)));
    }

    private Div card(ProposalSummary proposal) {
        RouterLink link = new RouterLink(
                proposal.title(),
                ProposalView.class,
                new RouteParameters(ProposalView.ID, String.valueOf(proposal.id())));
        Component heading = headingsLevelTwo ? new H2(link) : new H3(link);
        Paragraph meta = new Paragraph(ProposalTexts.byline(
                this,
                proposal.authorPublicId(),
                proposal.authorName(),
                proposal.organisationName(),
                proposal.organisationVerified()));
        meta.addClassName("meta");
        Paragraph excerpt = new Paragraph(proposal.excerpt());
        Paragraph facts = new Paragraph(
                new Span(getTranslation("proposalui.card.supports", proposal.supportCount())),
                new Span(" · " + getTranslation("proposalui.card.comments", proposal.commentCount())),
                new Span(" · " + getTranslation("proposalui.card.state", ProposalTexts.state(this, proposal.state()))));
        facts.addClassName("facts");
        if (proposal.supportedByMe()) {
            facts.add(new Span(" · " + getTranslation("proposalui.card.supported-by-me")));
        }
        Div card = new Div(heading, meta, excerpt, facts);
        card.addClassName("card");
        card.addClassName("proposal-card");
        return card;
    }
}
