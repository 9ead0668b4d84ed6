package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalService;

/**
 * The fields of a proposal: title, text, topics, address and, for a member of organisations, on whose behalf.
 * Field names match those the service names in its refusals.
 */
class ProposalFields extends Div {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final TextField address = new TextField();
    final Select<Optional<Organisation>> organisation = new Select<>();

    /**
     * @param preferredTopics the consultation's own topics, listed first
     * @param organisations   the organisations the author may write for; none hides the choice
     */
    ProposalFields(AgendaService agenda, List<String> preferredTopics, List<Organisation> organisations,
            String ownName) {
        addClassName("proposal-fields");
        Locale locale = getLocale();
        title.setLabel(getTranslation("proposalui.form.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        ProposalTexts.counter(title, ProposalService.TITLE_LENGTH, null);

        body.setLabel(getTranslation("proposalui.form.body"));
        body.setRequiredIndicatorVisible(true);
        body.setWidthFull();
        body.setMinHeight("10em");
        ProposalTexts.counter(body, ProposalService.BODY_LENGTH, getTranslation("proposalui.form.body-hint"));

        Map<String, String> names = new LinkedHashMap<>();
        List<ReferenceItem> all = agenda.digitalTopics();
        all.stream().filter(t -> preferredTopics.contains(t.code())).forEach(t -> names.put(t.code(), t.name().in(locale)));
        all.forEach(t -> names.putIfAbsent(t.code(), t.name().in(locale)));
        topics.setLabel(getTranslation("proposalui.form.topics"));
        topics.setHelperText(getTranslation("proposalui.form.topics-hint"));
        topics.setItems(new ArrayList<>(names.keySet()));
        topics.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        topics.setRequiredIndicatorVisible(true);
        topics.setWidthFull();

        address.setLabel(getTranslation("proposalui.form.address"));
        address.setHelperText(getTranslation("proposalui.form.address-hint"));
        address.setMaxLength(ProposalService.ADDRESS_LENGTH);
        address.setWidthFull();

        add(title, body, topics, address);

        if (!organisations.isEmpty()) {
            List<Optional<Organisation>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            organisations.forEach(o -> choices.add(Optional.of(o)));
            organisation.setLabel(getTranslation("proposalui.form.organisation"));
            organisation.setItems(choices);
            organisation.setItemLabelGenerator(o -> o.map(Organisation::name)
                    .orElse(getTranslation("proposalui.form.as-myself", ownName)));
            organisation.setValue(Optional.empty());
            add(organisation);
        }
    }

    void fill(ProposalDetails details) {
        title.setValue(details.title());
        body.setValue(details.body());
        topics.setValue(new java.util.LinkedHashSet<>(details.topicCodes()));
        address.setValue(details.address() == null ? "" : details.address());
        if (details.organisationId() != null) {
            organisation.getListDataView().getItems()
                    .filter(o -> o.isPresent() && o.get().id() == details.organisationId())
                    .findFirst().ifPresent(organisation::setValue);
        }
    }

    ProposalDraft draft(long consultationId) {
        Long organisationId = organisation.getValue() == null
                ? null : organisation.getValue().map(Organisation::id).orElse(null);
        return new ProposalDraft(consultationId, title.getValue(), body.getValue(), List.copyOf(topics.getValue()),
                address.getValue(), organisationId);
    }

    Map<String, HasValidation> byName() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("topics", topics);
        fields.put("address", address);
        if (organisation.isAttached() || organisation.getParent().isPresent()) {
            fields.put("organisation", organisation);
        }
        return fields;
    }
}
