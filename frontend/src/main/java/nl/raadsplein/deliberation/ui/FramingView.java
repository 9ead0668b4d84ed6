package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.agenda.AgendaGoal;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.deliberation.Discussion;
import nl.raadsplein.deliberation.DiscussionDraft;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.Eligibility;
import nl.raadsplein.deliberation.FramingService;
import nl.raadsplein.deliberation.Tradeoff;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;

/**
 * A councillor or griffier frames a value discussion, or edits their draft ({@code ?concept=ID}): the question, its
 * context, themes (3A.1 and 3A.2 first), the consultation it grows from, the public values and a trade-off sentence
 * per pair, seed statements one per line, dates and who may take part. Saving keeps it a draft.
 */
@Route("waardendiscussies/nieuw")
@RolesAllowed({"COUNCILLOR", "GRIFFIER"})
public class FramingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String DRAFT = "concept";
    private static final List<String> FIRST_THEMES = List.of("3A.1", "3A.2");

    private final FramingService framing;
    private final DiscussionService discussions;
    private final TextField question = new TextField();
    private final TextArea context = new TextArea();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final ComboBox<Long> consultation = new ComboBox<>();
    private final MultiSelectComboBox<String> values = new MultiSelectComboBox<>();
    private final Div tradeoffs = new Div();
    private final Map<String, TextField> tradeoffFields = new LinkedHashMap<>();
    private final TextArea seeds = new TextArea();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final Checkbox residentsMayAdd = new Checkbox();
    private final Checkbox premoderation = new Checkbox();
    private final RadioButtonGroup<Eligibility> eligibility = new RadioButtonGroup<>();
    private final Paragraph tradeoffError = new Paragraph();
    private final Binder<DiscussionDraft> binder = new Binder<>(DiscussionDraft.class);
    private final Map<String, String> valueNames = new LinkedHashMap<>();
    private @Nullable Long draftId;
    private int version;

    public FramingView(
            FramingService framing,
            DiscussionService discussions,
            AgendaService agenda,
            ConsultationService consultations,
            Clock clock) {
        this.framing = framing;
        this.discussions = discussions;
        addClassName("framing");
        Locale locale = getLocale();
        add(
                new H1(getTranslation("deliberationui.framing.title")),
                new Paragraph(getTranslation("deliberationui.framing.intro")));

        question.setLabel(getTranslation("deliberationui.framing.question"));
        question.setMaxLength(FramingService.QUESTION_LENGTH);
        question.setWidthFull();
        context.setLabel(getTranslation("deliberationui.framing.context"));
        context.setHelperText(getTranslation("deliberationui.framing.context-help"));
        context.setMaxLength(FramingService.CONTEXT_LENGTH);
        context.setWidthFull();

        Map<String, String> themeNames = new LinkedHashMap<>();
        agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .sorted(Comparator.comparing((AgendaGoal.ThemeSummary t) -> !FIRST_THEMES.contains(t.code())))
                .forEach(t -> themeNames.put(t.code(), t.code() + " " + t.name().in(locale)));
        themes.setLabel(getTranslation("deliberationui.framing.themes"));
        themes.setItems(themeNames.keySet());
        themes.setItemLabelGenerator(c -> themeNames.getOrDefault(c, c));

        Map<Long, String> consultationNames = new LinkedHashMap<>();
        consultations
                .list(new ConsultationFilter(null, null, null), 0, 200)
                .forEach((ConsultationSummary c) -> consultationNames.put(c.id(), c.title()));
        consultation.setLabel(getTranslation("deliberationui.framing.consultation"));
        consultation.setItems(consultationNames.keySet());
        consultation.setItemLabelGenerator(id -> consultationNames.getOrDefault(id, ""));
        consultation.setClearButtonVisible(true);

        agenda.publicValues()
                .forEach((ReferenceItem v) -> valueNames.put(v.code(), v.name().in(locale)));
        values.setLabel(getTranslation("deliberationui.framing.values"));
        values.setItems(valueNames.keySet());
        values.setItemLabelGenerator(c -> valueNames.getOrDefault(c, c));
        values.addValueChangeListener(e -> showTradeoffs());
        tradeoffError.addClassName("error-text");
        tradeoffError.getElement().setAttribute("role", "alert");
        tradeoffError.setVisible(false);

        seeds.setLabel(getTranslation("deliberationui.framing.seeds"));
        seeds.setHelperText(getTranslation(
                "deliberationui.framing.seeds-help", FramingService.MIN_SEEDS, FramingService.STATEMENT_LENGTH));
        seeds.setWidthFull();
        opensAt.setLabel(getTranslation("deliberationui.framing.opens"));
        closesAt.setLabel(getTranslation("deliberationui.framing.closes"));
        // The application's clock, as the services judge the dates by it; whole minutes, as the picker shows them.
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Formats.MUNICIPALITY)
                .withSecond(0)
                .withNano(0);
        opensAt.setValue(now);
        closesAt.setValue(now.plusWeeks(4));
        residentsMayAdd.setLabel(getTranslation("deliberationui.framing.residents-may-add"));
        residentsMayAdd.setValue(true);
        premoderation.setLabel(getTranslation("deliberationui.framing.premoderation"));
        eligibility.setLabel(getTranslation("deliberationui.framing.eligibility"));
        eligibility.setItems(Eligibility.values());
        eligibility.setItemLabelGenerator(e -> getTranslation("deliberationui.eligibility." + e.name()));
        eligibility.setValue(Eligibility.LOGGED_IN);

        bind();
        Button save = new Button(getTranslation("deliberationui.framing.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                question,
                context,
                themes,
                consultation,
                new Section(
                        new H2(getTranslation("deliberationui.framing.values-title")),
                        values,
                        tradeoffs,
                        tradeoffError),
                seeds,
                opensAt,
                closesAt,
                residentsMayAdd,
                premoderation,
                eligibility,
                save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getLocation().getQueryParameters().getSingleParameter(DRAFT);
        if (id.isEmpty()) {
            return;
        }
        try {
            fill(discussions.discussion(RouteIds.parse(id.get())));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
    }

    private void fill(Discussion d) {
        draftId = d.id();
        version = d.version();
        question.setValue(d.question());
        context.setValue(d.context());
        themes.setValue(new LinkedHashSet<>(
                d.themes().stream().map(Discussion.Named::code).toList()));
        consultation.setValue(d.consultationId());
        values.setValue(new LinkedHashSet<>(
                d.values().stream().map(Discussion.Named::code).toList()));
        for (Tradeoff t : d.tradeoffs()) {
            TextField field = tradeoffFields.get(pair(t.valueA(), t.valueB()));
            if (field != null) {
                field.setValue(t.sentence());
            }
        }
        seeds.setValue(String.join("\n", d.seedStatements()));
        opensAt.setValue(LocalDateTime.ofInstant(d.opensAt(), Formats.MUNICIPALITY));
        closesAt.setValue(LocalDateTime.ofInstant(d.closesAt(), Formats.MUNICIPALITY));
        residentsMayAdd.setValue(d.residentsMayAdd());
        premoderation.setValue(d.premoderation());
        eligibility.setValue(d.eligibility());
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** One sentence field per pair of chosen values; what was typed stays when values are added. */
    private void showTradeoffs() {
        List<String> chosen = values.getValue().stream().sorted().toList();
        Map<String, TextField> kept = new LinkedHashMap<>(tradeoffFields);
        tradeoffFields.clear();
        tradeoffs.removeAll();
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                String key = pair(chosen.get(i), chosen.get(j));
                TextField field = kept.getOrDefault(key, new TextField());
                field.setLabel(getTranslation(
                        "deliberationui.framing.tradeoff",
                        valueNames.get(chosen.get(i)),
                        valueNames.get(chosen.get(j))));
                field.setMaxLength(FramingService.TRADEOFF_LENGTH);
                field.setWidthFull();
                tradeoffFields.put(key, field);
                tradeoffs.add(field);
            }
        }
    }

    private void bind() {
        binder.forField(question).bind("question");
        binder.forField(context).bind("context");
        binder.forField(themes)
                .withConverter(ArrayList::new, codes -> codes == null ? null : new LinkedHashSet<>(codes))
                .bind("themeCodes");
        binder.forField(consultation).bind("consultationId");
        binder.forField(values)
                .withConverter(ArrayList::new, codes -> codes == null ? null : new LinkedHashSet<>(codes))
                .bind("valueCodes");
        // One field per pair of values, made as the values are chosen; their refusal shows below them.
        binder.forField(InputErrors.current(this::tradeoffs)).bind("tradeoffs");
        binder.forField(seeds)
                .withConverter(
                        (String text) -> text.lines().toList(), lines -> lines == null ? "" : String.join("\n", lines))
                .bind("seedStatements");
        binder.forField(opensAt)
                .withConverter(FramingView::instant, FramingView::local)
                .bind("opensAt");
        binder.forField(closesAt)
                .withConverter(FramingView::instant, FramingView::local)
                .bind("closesAt");
        binder.forField(residentsMayAdd).bind("residentsMayAdd");
        binder.forField(premoderation).bind("premoderation");
        binder.forField(eligibility).bind("eligibility");
    }

    private List<Tradeoff> tradeoffs() {
        List<Tradeoff> given = new ArrayList<>();
        tradeoffFields.forEach((key, field) -> {
            String[] codes = key.split("\\|");
            given.add(new Tradeoff(codes[0], codes[1], field.getValue()));
        });
        return given;
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(Formats.MUNICIPALITY).toInstant();
    }

    private static @Nullable LocalDateTime local(@Nullable Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, Formats.MUNICIPALITY);
    }

    private void save() {
        InputErrors.clear(binder);
        tradeoffError.setVisible(false);
        try {
            long id;
            Long existing = draftId;
            if (existing == null) {
                id = framing.create(InputErrors.record(binder));
            } else {
                framing.update(existing, InputErrors.record(binder), version);
                id = existing;
            }
            UI.getCurrent().navigate(DiscussionView.class, DiscussionView.parameters(id));
        } catch (InvalidInputException refused) {
            if ("tradeoffs".equals(refused.field())) {
                tradeoffError.setText(getTranslation(refused.messageKey(), refused.arguments()));
                tradeoffError.setVisible(true);
            } else {
                InputErrors.show(this, refused, binder);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberationui.framing.title") + " | Raadsplein";
    }
}
