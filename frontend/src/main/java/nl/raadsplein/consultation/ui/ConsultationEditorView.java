package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.HasValidation;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
import nl.raadsplein.moderation.ui.ConductRulesNote;
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
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final H1 heading = new H1();
    private final Section rulesSection = new Section();
    private final Section outcomeSection = new Section();
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
            fields.put(date.getKey(), date.getValue());
        }
        supportThreshold.setLabel(getTranslation("consultation.editor.supportThreshold"));
        supportThreshold.setHelperText(getTranslation("consultation.editor.supportThreshold-help"));
        maxProposals.setLabel(getTranslation("consultation.editor.maxProposalsPerResident"));
        editWindow.setLabel(getTranslation("consultation.editor.editWindowMinutes"));
        fields.put("supportThreshold", supportThreshold);
        fields.put("maxProposalsPerResident", maxProposals);
        fields.put("editWindowMinutes", editWindow);
        reportsToHide.setLabel(getTranslation("consultation.editor.reportsToHide"));
        reportsToHide.setHelperText(
                getTranslation("consultation.editor.reportsToHide-help", ConsultationSettings.MIN_REPORTS_TO_HIDE));
        reportsToHide.setMin(ConsultationSettings.MIN_REPORTS_TO_HIDE);
        reporterAge.setLabel(getTranslation("consultation.editor.reporterMinimumAgeDays"));
        reporterAge.setHelperText(getTranslation(
                "consultation.editor.reporterMinimumAgeDays-help", ConsultationSettings.MIN_REPORTER_AGE_DAYS));
        reporterAge.setMin(ConsultationSettings.MIN_REPORTER_AGE_DAYS);
        fields.put("reportsToHide", reportsToHide);
        fields.put("reporterMinimumAgeDays", reporterAge);
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
        fields.put("themes", themes);
        Map<String, String> topicNames = agenda.digitalTopics().stream()
                .collect(Collectors.toMap(
                        ReferenceItem::code, t -> t.name().in(locale), (a, b) -> a, LinkedHashMap::new));
        topics.setLabel(getTranslation("consultation.topics"));
        topics.setItems(topicNames.keySet());
        topics.setItemLabelGenerator(topicNames::get);
        fields.put("topics", topics);

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
                rulesSection,
                outcomeSection);
    }

    private void label(TextField field, String name, int maxLength) {
        field.setLabel(getTranslation("consultation.editor." + name));
        field.setMaxLength(maxLength);
        field.setWidthFull();
        fields.put(name, field);
    }

    private void label(TextArea field, String name, int maxLength) {
        field.setLabel(getTranslation("consultation.editor." + name));
        field.setMaxLength(maxLength);
        field.setWidthFull();
        fields.put(name, field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        existing = null;
        rulesSection.removeAll();
        outcomeSection.removeAll();
        String id = event.getRouteParameters().get(ID).orElse(null);
        if (id == null) {
            heading.setText(getTranslation("consultation.editor.new"));
            fill(newDraft());
            rulesSection.add(
                    new H2(getTranslation("consultation.editor.conduct-rules")),
                    new Paragraph(getTranslation("consultation.editor.conduct-rules-after-saving")));
            return;
        }
        try {
            existing = consultations.consultation(RouteIds.parse(id));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
        version = existing.version();
        heading.setText(getTranslation("consultation.editor.edit", existing.title()));
        fill(new ConsultationDraft(
                existing.title(),
                existing.summary(),
                existing.body(),
                existing.dates(),
                existing.settings(),
                existing.themeCodes(),
                existing.topicCodes()));
        showRulesForm();
        if (existing.phase() == Phase.CLOSED || existing.phase() == Phase.OUTCOME_PUBLISHED) {
            showOutcomeForm();
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

    private void fill(ConsultationDraft draft) {
        title.setValue(draft.title());
        summary.setValue(draft.summary());
        body.setValue(draft.body());
        informationFrom.setValue(local(draft.dates().informationFrom()));
        proposalsFrom.setValue(local(draft.dates().proposalsFrom()));
        supportsFrom.setValue(local(draft.dates().supportsFrom()));
        deliberationFrom.setValue(local(draft.dates().deliberationFrom()));
        closedFrom.setValue(local(draft.dates().closedFrom()));
        supportThreshold.setValue(draft.settings().supportThreshold());
        maxProposals.setValue(draft.settings().maxProposalsPerResident());
        editWindow.setValue(draft.settings().editWindowMinutes());
        reportsToHide.setValue(draft.settings().reportsToHide());
        reporterAge.setValue(draft.settings().reporterMinimumAgeDays());
        verificationRequired.setValue(draft.settings().supportsRequireVerification());
        premoderation.setValue(draft.settings().premoderation());
        themes.setValue(draft.themeCodes());
        topics.setValue(draft.topicCodes());
    }

    private void save() {
        InputErrors.clear(fields);
        PhaseDates dates;
        try {
            dates = new PhaseDates(
                    moment("informationFrom", informationFrom),
                    moment("proposalsFrom", proposalsFrom),
                    moment("supportsFrom", supportsFrom),
                    moment("deliberationFrom", deliberationFrom),
                    moment("closedFrom", closedFrom));
        } catch (InvalidInputException refused) {
            InputErrors.show(this, refused, fields);
            return;
        }
        ConsultationDraft draft = new ConsultationDraft(
                title.getValue(),
                summary.getValue(),
                body.getValue(),
                dates,
                new ConsultationSettings(
                        number(supportThreshold),
                        number(maxProposals),
                        number(editWindow),
                        verificationRequired.getValue(),
                        premoderation.getValue(),
                        number(reportsToHide),
                        number(reporterAge)),
                List.copyOf(themes.getValue()),
                List.copyOf(topics.getValue()));
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
            InputErrors.show(this, error, fields);
        }
    }

    /**
     * Plain text, no length limit in the browser: a paste that is too long is refused with the service's message
     * next to the field rather than cut off without a word.
     */
    private void showRulesForm() {
        Consultation shown = Objects.requireNonNull(existing, "only an existing consultation has rules");
        TextArea rules = new TextArea(getTranslation("consultation.editor.conductRules"));
        rules.setHelperText(
                getTranslation("consultation.editor.conduct-rules-help", ConsultationService.CONDUCT_RULES_LENGTH));
        rules.setWidthFull();
        rules.setMinRows(6);
        rules.setValue(shown.conductRules() == null ? "" : shown.conductRules());
        ConductRulesNote general = new ConductRulesNote(conductRules.conductRules(null, getLocale()));
        general.setSummaryText(getTranslation("consultation.editor.conduct-rules-general"));
        Button save = new Button(getTranslation("consultation.editor.save-conduct-rules"), e -> {
            rules.setInvalid(false);
            try {
                version = consultations.setConductRules(shown.id(), rules.getValue(), version);
                InputErrors.confirm(getTranslation(
                        rules.getValue().isBlank()
                                ? "consultation.editor.conduct-rules-general-saved"
                                : "consultation.editor.conduct-rules-saved"));
            } catch (InvalidInputException error) {
                // A change by someone else in between (the version) is told next to the rules too.
                InputErrors.show(this, error, Map.of("conductRules", rules, "version", rules));
            }
        });
        rulesSection.add(
                new H2(getTranslation("consultation.editor.conduct-rules")),
                new Paragraph(getTranslation("consultation.editor.conduct-rules-intro")),
                rules,
                general,
                save);
    }

    private void showOutcomeForm() {
        Consultation shown = Objects.requireNonNull(existing, "only an existing consultation has an outcome");
        TextArea outcome = new TextArea(getTranslation("consultation.outcome"));
        outcome.setMaxLength(ConsultationService.OUTCOME_LENGTH);
        outcome.setWidthFull();
        outcome.setValue(shown.outcome() == null ? "" : shown.outcome());
        Button publish = new Button(getTranslation("consultation.editor.publish-outcome"), e -> {
            outcome.setInvalid(false);
            try {
                consultations.publishOutcome(shown.id(), outcome.getValue(), version);
                InputErrors.confirm(getTranslation("consultation.editor.outcome-published"));
                getUI().ifPresent(ui -> ui.navigate(ConsultationView.class, ConsultationView.parameters(shown.id())));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, Map.of("outcome", outcome));
            }
        });
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        outcomeSection.add(
                new H2(getTranslation("consultation.outcome")),
                new Paragraph(getTranslation("consultation.editor.outcome-help")),
                outcome,
                publish);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, Formats.MUNICIPALITY);
    }

    // PhaseDates holds moments only: an empty picker is refused here as the service refuses a missing moment.
    private static Instant moment(String field, DateTimePicker picker) {
        if (picker.getValue() == null) {
            throw new InvalidInputException(field, "error.required");
        }
        return picker.getValue().atZone(Formats.MUNICIPALITY).toInstant();
    }

    // An empty number field is refused by the service's range check, with its message next to the field.
    private static int number(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Raadsplein";
    }
}
