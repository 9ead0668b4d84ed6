package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.raadsplein.agenda.AgendaGoal;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationDraft;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSettings;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.consultation.PhaseDates;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;

/**
 * The griffie sets up a consultation, changes it, writes its own rules of conduct, and publishes its outcome. The
 * rules and the outcome have their own buttons; each save carries the version this page last saw, so a change
 * someone else made in between is never overwritten.
 */
@Route("beheer/raadplegingen/bewerken/:id?")
@RolesAllowed({"GRIFFIER", "ADMIN"})
public class ConsultationEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ConsultationService consultations;
    private final ConductRulesService conductRules;
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea body = new TextArea();
    private final DateTimePicker informationFrom = new DateTimePicker();
    private final DateTimePicker proposalsFrom = new DateTimePicker();
    private final DateTimePicker supportsFrom = new DateTimePicker();
    private final DateTimePicker deliberationFrom = new DateTimePicker();
    private final DateTimePicker closedFrom = new DateTimePicker();
    private final IntegerField supportThreshold = new IntegerField();
    private final IntegerField maxProposals = new IntegerField();
    private final IntegerField editWindow = new IntegerField();
    private final IntegerField reportsToHide = new IntegerField();
    private final IntegerField reporterAge = new IntegerField();
    private final Checkbox verificationRequired = new Checkbox();
    private final Checkbox premoderation = new Checkbox();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    private final Binder<ConsultationDraft> binder = new Binder<>(ConsultationDraft.class);
    private final Binder<PhaseDates> dates = new Binder<>(PhaseDates.class);
    private final Binder<ConsultationSettings> settings = new Binder<>(ConsultationSettings.class);
    private final H1 heading = new H1();
    private final Div rules = new Div();
    private final Div outcome = new Div();
    private @Nullable Consultation existing;
    private int version;

    public ConsultationEditorView(
            ConsultationService consultations, AgendaService agenda, ConductRulesService conductRules) {
        this.consultations = consultations;
        this.conductRules = conductRules;
        Locale locale = getLocale();
        label(title, "title", ConsultationService.TITLE_LENGTH);
        label(summary, "summary", ConsultationService.SUMMARY_LENGTH);
        summary.setHelperText(getTranslation("consultation.editor.summary-help"));
        label(body, "body", ConsultationService.BODY_LENGTH);
        body.setHelperText(getTranslation("consultation.editor.body-help"));
        body.setMinRows(8);
        for (Map.Entry<String, DateTimePicker> date : Map.of(
                        "informationFrom",
                        informationFrom,
                        "proposalsFrom",
                        proposalsFrom,
                        "supportsFrom",
                        supportsFrom,
                        "deliberationFrom",
                        deliberationFrom,
                        "closedFrom",
                        closedFrom)
                .entrySet()) {
            date.getValue().setLabel(getTranslation("consultation.editor." + date.getKey()));
            date.getValue().setLocale(locale);
            date.getValue().setHelperText(getTranslation("consultation.editor.time-zone"));
            dates.forField(date.getValue())
                    .withConverter(ConsultationEditorView::moment, ConsultationEditorView::local)
                    .bind(date.getKey());
        }
        supportThreshold.setLabel(getTranslation("consultation.editor.supportThreshold"));
        supportThreshold.setHelperText(getTranslation("consultation.editor.supportThreshold-help"));
        maxProposals.setLabel(getTranslation("consultation.editor.maxProposalsPerResident"));
        editWindow.setLabel(getTranslation("consultation.editor.editWindowMinutes"));
        reportsToHide.setLabel(getTranslation("consultation.editor.reportsToHide"));
        reportsToHide.setHelperText(
                getTranslation("consultation.editor.reportsToHide-help", ConsultationSettings.MIN_REPORTS_TO_HIDE));
        reportsToHide.setMin(ConsultationSettings.MIN_REPORTS_TO_HIDE);
        reporterAge.setLabel(getTranslation("consultation.editor.reporterMinimumAgeDays"));
        reporterAge.setHelperText(getTranslation(
                "consultation.editor.reporterMinimumAgeDays-help", ConsultationSettings.MIN_REPORTER_AGE_DAYS));
        reporterAge.setMin(ConsultationSettings.MIN_REPORTER_AGE_DAYS);
        verificationRequired.setLabel(getTranslation("consultation.editor.supportsRequireVerification"));
        premoderation.setLabel(getTranslation("consultation.editor.premoderation"));

        Map<String, String> themeNames = agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .collect(Collectors.toMap(
                        AgendaGoal.ThemeSummary::code,
                        t -> t.code() + " " + t.name().in(locale),
                        (a, b) -> a,
                        LinkedHashMap::new));
        themes.setLabel(getTranslation("consultation.themes"));
        themes.setItems(themeNames.keySet());
        themes.setItemLabelGenerator(themeNames::get);
        Map<String, String> topicNames = agenda.digitalTopics().stream()
                .collect(Collectors.toMap(
                        ReferenceItem::code, t -> t.name().in(locale), (a, b) -> a, LinkedHashMap::new));
        topics.setLabel(getTranslation("consultation.topics"));
        topics.setItems(topicNames.keySet());
        topics.setItemLabelGenerator(topicNames::get);
        bind();

        FormLayout text = new FormLayout(title, summary, body, themes, topics);
        text.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout phases = new FormLayout(informationFrom, proposalsFrom, supportsFrom, deliberationFrom, closedFrom);
        phases.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        FormLayout settings = new FormLayout(
                supportThreshold,
                maxProposals,
                editWindow,
                reportsToHide,
                reporterAge,
                verificationRequired,
                premoderation);
        settings.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("consultation.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                heading,
                new Section(new H2(getTranslation("consultation.editor.text")), text),
                new Section(new H2(getTranslation("consultation.timeline")), phases),
                new Section(new H2(getTranslation("consultation.editor.settings")), settings),
                save,
                rules,
                outcome);
    }

    private void label(TextField field, String name, int maxLength) {
        field.setLabel(getTranslation("consultation.editor." + name));
        field.setMaxLength(maxLength);
        field.setWidthFull();
        binder.forField(field).bind(name);
    }

    private void label(TextArea field, String name, int maxLength) {
        field.setLabel(getTranslation("consultation.editor." + name));
        field.setMaxLength(maxLength);
        field.setWidthFull();
        binder.forField(field).bind(name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        existing = null;
        rules.removeAll();
        outcome.removeAll();
        String id = event.getRouteParameters().get(ID).orElse(null);
        if (id == null) {
            heading.setText(getTranslation("consultation.editor.new"));
            fill(newDraft());
            rules.add(new Section(
                    new H2(getTranslation("consultation.editor.conduct-rules")),
                    new Paragraph(getTranslation("consultation.editor.conduct-rules-after-saving"))));
            return;
        }
        Consultation shown;
        try {
            shown = consultations.consultation(RouteIds.parse(id));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
        existing = shown;
        version = shown.version();
        heading.setText(getTranslation("consultation.editor.edit", shown.title()));
        fill(new ConsultationDraft(
                shown.title(),
                shown.summary(),
                shown.body(),
                shown.dates(),
                shown.settings(),
                shown.themeCodes(),
                shown.topicCodes()));
        rules.add(new ConductRulesForm(shown, consultations, conductRules, () -> version, v -> version = v));
        if (shown.phase() == Phase.CLOSED || shown.phase() == Phase.OUTCOME_PUBLISHED) {
            outcome.add(new OutcomeForm(shown, consultations, () -> version));
        }
    }

    private ConsultationDraft newDraft() {
        Instant start = ZonedDateTime.now(Formats.MUNICIPALITY)
                .plusDays(1)
                .truncatedTo(ChronoUnit.DAYS)
                .toInstant();
        return new ConsultationDraft(
                "",
                "",
                "",
                new PhaseDates(
                        start,
                        start.plus(7, ChronoUnit.DAYS),
                        start.plus(28, ChronoUnit.DAYS),
                        start.plus(42, ChronoUnit.DAYS),
                        start.plus(56, ChronoUnit.DAYS)),
                ConsultationSettings.DEFAULTS,
                List.of(),
                List.of());
    }

    private void bind() {
        settings.forField(supportThreshold)
                .withConverter(ConsultationEditorView::number, value -> value)
                .bind("supportThreshold");
        settings.forField(maxProposals)
                .withConverter(ConsultationEditorView::number, value -> value)
                .bind("maxProposalsPerResident");
        settings.forField(editWindow)
                .withConverter(ConsultationEditorView::number, value -> value)
                .bind("editWindowMinutes");
        settings.forField(reportsToHide)
                .withConverter(ConsultationEditorView::number, value -> value)
                .bind("reportsToHide");
        settings.forField(reporterAge)
                .withConverter(ConsultationEditorView::number, value -> value)
                .bind("reporterMinimumAgeDays");
        settings.forField(verificationRequired).bind("supportsRequireVerification");
        settings.forField(premoderation).bind("premoderation");
        binder.forField(InputErrors.current(() -> InputErrors.record(dates))).bind("dates");
        // Vaadin writes a record through its first declared constructor, and ConsultationSettings has two: the
        // settings binder reads the settings into the fields and takes the service's refusals, the form writes them.
        binder.forField(InputErrors.current(this::writtenSettings)).bind("settings");
        binder.forField(themes).withConverter(List::copyOf, LinkedHashSet::new).bind("themeCodes");
        binder.forField(topics).withConverter(List::copyOf, LinkedHashSet::new).bind("topicCodes");
    }

    private void fill(ConsultationDraft draft) {
        binder.readRecord(draft);
        dates.readRecord(draft.dates());
        settings.readRecord(draft.settings());
    }

    private void save() {
        Stream.of(binder, dates, settings).forEach(InputErrors::clear);
        // PhaseDates holds moments only: an empty picker is refused here as the service refuses a missing moment.
        for (DateTimePicker picker :
                List.of(informationFrom, proposalsFrom, supportsFrom, deliberationFrom, closedFrom)) {
            if (picker.isEmpty()) {
                picker.setErrorMessage(getTranslation("error.required"));
                picker.setInvalid(true);
                return;
            }
        }
        ConsultationDraft draft = InputErrors.record(binder);
        try {
            long id;
            if (existing == null) {
                id = consultations.create(draft);
            } else {
                consultations.update(existing.id(), draft, version);
                id = existing.id();
            }
            InputErrors.confirm(getTranslation("consultation.editor.saved"));
            getUI().ifPresent(ui -> ui.navigate(ConsultationView.class, ConsultationView.parameters(id)));
        } catch (InvalidInputException error) {
            // The service names the fields of the dates and the settings as it names the others.
            Binder<?> owner = Stream.<Binder<?>>of(dates, settings)
                    .filter(b -> b.getBinding(error.field()).isPresent())
                    .findFirst()
                    .orElse(binder);
            InputErrors.show(this, error, owner);
        }
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, Formats.MUNICIPALITY);
    }

    private ConsultationSettings writtenSettings() {
        return new ConsultationSettings(
                number(supportThreshold.getValue()),
                number(maxProposals.getValue()),
                number(editWindow.getValue()),
                verificationRequired.getValue(),
                premoderation.getValue(),
                number(reportsToHide.getValue()),
                number(reporterAge.getValue()));
    }

    private static @Nullable Instant moment(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(Formats.MUNICIPALITY).toInstant();
    }

    // An empty number field is refused by the service's range check, with its message next to the field.
    private static int number(@Nullable Integer value) {
        return value == null ? -1 : value;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Raadsplein";
    }
}
