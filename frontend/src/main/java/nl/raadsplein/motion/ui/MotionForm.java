package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionSummary;
import nl.raadsplein.motion.Citation;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.MotionDraft;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.MotionSummary;
import nl.raadsplein.motion.MotionType;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.ProposalQuery;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSort;
import nl.raadsplein.proposal.ProposalState;
import nl.raadsplein.proposal.ProposalSummary;
import nl.raadsplein.ui.InputErrors;
import org.jspecify.annotations.Nullable;

/** The fields of a motion in the council's format: each section one clause per line. */
class MotionForm extends Div {

    final Select<MotionType> type = new Select<>();
    final TextField title = new TextField();
    final TextArea findings = new TextArea();
    final TextArea considerations = new TextArea();
    final TextArea requests = new TextArea();
    final Select<MotionSummary> amends = new Select<>();
    final IntegerField part = new IntegerField();
    final TextArea replacement = new TextArea();
    final ComboBox<ProposalSummary> proposal = new ComboBox<>();
    final ComboBox<ConsultationSummary> consultation = new ComboBox<>();
    final ComboBox<DiscussionSummary> discussion = new ComboBox<>();
    final MultiSelectComboBox<String> themes;
    private final Map<Citation, String> cited = new LinkedHashMap<>();
    private final UnorderedList citedList = new UnorderedList();
    private final Div amendment = new Div();
    private final Binder<MotionDraft> binder = new Binder<>(MotionDraft.class);

    MotionForm(
            ProposalService proposals,
            ConsultationService consultations,
            DiscussionService discussions,
            AgendaService agenda,
            MotionQueries motions) {
        type.setLabel(getTranslation("motionui.field.type"));
        type.setItems(MotionType.values());
        type.setItemLabelGenerator(t -> getTranslation("motion.type." + t.name()));
        type.setValue(MotionType.MOTION);
        title.setLabel(getTranslation("motionui.field.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        findings.setLabel(getTranslation("motionui.field.findings"));
        considerations.setLabel(getTranslation("motionui.field.considerations"));
        requests.setLabel(getTranslation("motionui.field.requests"));
        for (TextArea area : List.of(findings, considerations, requests)) {
            area.setHelperText(getTranslation("motionui.field.one-per-line"));
            area.setWidthFull();
        }
        amends.setLabel(getTranslation("motionui.field.amends"));
        amends.setItems(motions.motions(0, 100).stream()
                .filter(m -> m.state() == MotionState.SUBMITTED || m.state() == MotionState.HELD_OVER)
                .toList());
        amends.setItemLabelGenerator(MotionSummary::title);
        part.setLabel(getTranslation("motionui.field.part"));
        part.setMin(1);
        part.setStepButtonsVisible(true);
        replacement.setLabel(getTranslation("motionui.field.replacement"));
        replacement.setWidthFull();
        amendment.add(new FormLayout(amends, part), replacement);
        type.addValueChangeListener(e -> amendment.setVisible(e.getValue() == MotionType.AMENDMENT));
        amendment.setVisible(false);

        proposal.setLabel(getTranslation("motionui.field.cite-proposal"));
        proposal.setHelperText(getTranslation("motionui.field.cite-proposal-help"));
        proposal.setItems(query -> proposals
                .find(
                        new ProposalQuery(
                                null,
                                query.getFilter().filter(f -> !f.isBlank()).orElse(null),
                                EnumSet.of(ProposalState.PUBLISHED, ProposalState.FOR_COUNCIL, ProposalState.ANSWERED),
                                null,
                                null,
                                false,
                                false,
                                ProposalSort.NEWEST,
                                0),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        proposal.setItemLabelGenerator(ProposalSummary::title);
        proposal.setWidthFull();
        proposal.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                cite(
                        new Citation(CitationKind.PROPOSAL, e.getValue().id()),
                        e.getValue().title());
                proposal.clear();
            }
        });
        consultation.setLabel(getTranslation("motionui.field.cite-consultation"));
        consultation.setItems(consultations.list(ConsultationFilter.ALL, 0, 100));
        consultation.setItemLabelGenerator(ConsultationSummary::title);
        consultation.setWidthFull();
        consultation.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                cite(
                        new Citation(CitationKind.CONSULTATION, e.getValue().id()),
                        e.getValue().title());
                consultation.clear();
            }
        });
        discussion.setLabel(getTranslation("motionui.field.cite-discussion"));
        discussion.setItems(discussions.citable(100));
        discussion.setItemLabelGenerator(DiscussionSummary::question);
        discussion.setWidthFull();
        discussion.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                cite(
                        new Citation(CitationKind.DISCUSSION, e.getValue().id()),
                        e.getValue().question());
                discussion.clear();
            }
        });
        citedList.addClassName("cited");
        themes = MotionUi.themeField(this, agenda, getLocale());
        themes.setWidthFull();
        bind();

        add(
                new FormLayout(type),
                title,
                findings,
                considerations,
                requests,
                amendment,
                new H2(getTranslation("motionui.field.citations")),
                proposal,
                consultation,
                discussion,
                citedList,
                themes);
    }

    private void bind() {
        binder.forField(type).bind("type");
        binder.forField(title).bind("title");
        binder.forField(findings)
                .withConverter(MotionForm::lines, MotionForm::text)
                .bind("findings");
        binder.forField(considerations)
                .withConverter(MotionForm::lines, MotionForm::text)
                .bind("considerations");
        binder.forField(requests)
                .withConverter(MotionForm::lines, MotionForm::text)
                .bind("requests");
        binder.forField(amends)
                .withConverter(
                        (MotionSummary amended) -> amended == null ? null : amended.id(),
                        id -> amends.getListDataView()
                                .getItems()
                                .filter(m -> id != null && m.id() == id)
                                .findFirst()
                                .orElse(null))
                .bind("amendsMotionId");
        binder.forField(part).bind("amendedPart");
        binder.forField(replacement).bind("replacement");
        // The citations are picked in the proposal, consultation and discussion fields and listed below them; a
        // refusal of them shows on the first of those fields.
        binder.forField(proposal)
                .withConverter(ignored -> new ArrayList<>(cited.keySet()), ignored -> null)
                .bind("citations");
        binder.forField(themes)
                .withConverter(ArrayList::new, codes -> codes == null ? null : new LinkedHashSet<>(codes))
                .bind("themeCodes");
    }

    private static String text(@Nullable List<String> lines) {
        return lines == null ? "" : String.join("\n", lines);
    }

    private void cite(Citation citation, String label) {
        cited.putIfAbsent(citation, label);
        showCited();
    }

    private void showCited() {
        citedList.removeAll();
        cited.forEach((citation, label) -> {
            Button remove = new Button(getTranslation("motionui.field.uncite"), e -> {
                cited.remove(citation);
                showCited();
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("motionui.field.uncite-for", label));
            citedList.add(new ListItem(
                    new Span(getTranslation("motionui.citation."
                                    + java.util.Objects.requireNonNull(citation.kind())
                                            .name())
                            + ": " + label + " "),
                    remove));
        });
    }

    void fill(MotionDetails motion) {
        type.setValue(motion.type());
        title.setValue(motion.text().title());
        findings.setValue(String.join("\n", motion.text().findings()));
        considerations.setValue(String.join("\n", motion.text().considerations()));
        requests.setValue(String.join("\n", motion.text().requests()));
        if (motion.amendment() != null) {
            amends.getListDataView()
                    .getItems()
                    .filter(m -> m.id() == motion.amendment().motionId())
                    .findFirst()
                    .ifPresent(amends::setValue);
            part.setValue(motion.amendment().part());
            replacement.setValue(motion.amendment().newText());
        }
        motion.citations().forEach(c -> cited.put(new Citation(c.kind(), c.id()), c.title()));
        showCited();
        themes.setValue(motion.themeCodes());
    }

    MotionDraft draft() {
        return InputErrors.record(binder);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    void clearErrors() {
        InputErrors.clear(binder);
    }

    void show(Component view, InvalidInputException refused) {
        InputErrors.show(view, refused, binder);
    }
}
