package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.InputErrors;

/**
 * The fields of a proposal: title, text, topics, address and, for a member of organisations, on whose behalf. A
 * binder ties them to the {@link ProposalDraft} they fill in, whose components the service names in its refusals.
 */
class ProposalFields extends Div {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final TextField address = new TextField();
    final Select<Optional<Organisation>> organisation = new Select<>();
    private final Binder<ProposalDraft> binder = new Binder<>(ProposalDraft.class);

    /**
     * @param preferredTopics the consultation's own topics, listed first
     * @param organisations   the organisations the author may write for; none hides the choice
     */
    ProposalFields(
            AgendaService agenda, List<String> preferredTopics, List<Organisation> organisations, String ownName) {
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
        all.stream()
                .filter(t -> preferredTopics.contains(t.code()))
                .forEach(t -> names.put(t.code(), t.name().in(locale)));
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

        OrganisationChoice choice = new OrganisationChoice(organisation, organisations, () -> ownName);
        if (choice.offered()) {
            organisation.setLabel(getTranslation("proposalui.form.organisation"));
            add(organisation);
        }

        // The service judges the input and says why it refuses; the fields' own checks would only get there first.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(title).bind("title");
        binder.forField(body).bind("body");
        binder.forField(topics)
                .withConverter(List::copyOf, codes -> codes == null ? null : new LinkedHashSet<>(codes))
                .bind("topicCodes");
        binder.forField(address).bind("address");
        binder.forField(organisation).withConverter(choice.ids()).bind("organisationId");
    }

    void fill(ProposalDraft draft) {
        binder.readRecord(draft);
    }

    ProposalDraft draft() {
        return InputErrors.record(binder);
    }

    /** The binder through which a refusal from the service reaches the field it names. */
    Binder<ProposalDraft> binder() {
        return binder;
    }
}
