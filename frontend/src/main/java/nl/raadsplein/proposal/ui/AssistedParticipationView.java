package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.account.AssistedResident;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.moderation.ui.ConductRulesNote;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.proposal.EntryChannel;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.ProposalOnBehalf;
import nl.raadsplein.proposal.ProposalQuery;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSort;
import nl.raadsplein.proposal.ProposalSummary;
import nl.raadsplein.proposal.SupportService;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;

/**
 * J7: the griffie enters a support or a proposal for a resident who called, came to the desk or wrote a letter.
 * First the resident is identified against the census; then either action counts for that resident and is marked
 * with the channel.
 */
@Route(AssistedParticipationView.ROUTE)
@RolesAllowed("GRIFFIER")
public class AssistedParticipationView extends Div implements HasDynamicTitle {

    /**
     * The proposal to support on the resident's behalf and the way they asked, by the names the service gives its
     * refusals: a refusal of the support shows on the field the proposal was chosen in.
     */
    public record SupportEntry(@Nullable Long support, EntryChannel channel) {}

    public static final String ROUTE = "beheer/namens-inwoner";

    private final ProposalService proposals;
    private final SupportService supports;
    private final ResidencyService residency;
    private final TextField postcode = new TextField();
    private final TextField houseNumber = new TextField();
    private final DatePicker dateOfBirth = new DatePicker();
    private final TextField name = new TextField();
    private final Select<EntryChannel> channel = new Select<>();
    private final Paragraph identified = new Paragraph();
    private final Section actions = new Section();
    private final ComboBox<ProposalSummary> proposal = new ComboBox<>();
    private final TextField proposalNumber = new TextField();
    private final Div supportResult = new Div();
    private final Select<ConsultationSummary> consultation = new Select<>();
    private final Div rules = new Div();
    private final ProposalFields fields;
    private final Div submitResult = new Div();
    private final Binder<AssistedResident> resident = new Binder<>(AssistedResident.class);
    private final Binder<SupportEntry> supportByChoice = new Binder<>(SupportEntry.class);
    private final Binder<SupportEntry> supportByNumber = new Binder<>(SupportEntry.class);
    private @Nullable Long residentId;
    private @Nullable String residentName;

    public AssistedParticipationView(
            ProposalService proposals,
            SupportService supports,
            ResidencyService residency,
            ConsultationService consultations,
            AgendaService agenda,
            ConductRulesService conductRules) {
        this.proposals = proposals;
        this.supports = supports;
        this.residency = residency;
        addClassName("assisted");
        add(
                new H1(getTranslation("proposalui.assisted.title")),
                new Paragraph(getTranslation("proposalui.assisted.intro")));

        postcode.setLabel(getTranslation("proposalui.assisted.postcode"));
        postcode.setRequiredIndicatorVisible(true);
        houseNumber.setLabel(getTranslation("proposalui.assisted.house-number"));
        houseNumber.setRequiredIndicatorVisible(true);
        dateOfBirth.setLabel(getTranslation("proposalui.assisted.date-of-birth"));
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setLocale(getLocale());
        name.setLabel(getTranslation("proposalui.assisted.name"));
        name.setRequiredIndicatorVisible(true);
        channel.setLabel(getTranslation("proposalui.assisted.channel"));
        channel.setItems(EntryChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("proposalui.channel." + c.name()));
        Button identify = new Button(getTranslation("proposalui.assisted.identify"), e -> identify());
        identify.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout residentFields = new FlexLayout(postcode, houseNumber, dateOfBirth, name, channel);
        residentFields.addClassName("filters");
        residentFields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        identified.getElement().setAttribute("role", "status");
        identified.addClassName("confirmation");
        identified.setVisible(false);
        add(new Section(new H2(getTranslation("proposalui.assisted.resident")), residentFields, identify, identified));

        // Support on behalf: by searching, or by the number the resident read out.
        proposal.setLabel(getTranslation("proposalui.assisted.proposal"));
        proposal.setItems(query -> proposals
                .find(
                        new ProposalQuery(
                                null,
                                query.getFilter().filter(f -> !f.isBlank()).orElse(null),
                                null,
                                null,
                                null,
                                false,
                                false,
                                ProposalSort.NEWEST,
                                0),
                        query.getOffset(),
                        Math.min(query.getLimit(), Paging.MAX_LIMIT))
                .stream());
        proposal.setItemLabelGenerator(
                p -> p.title() + " (" + getTranslation("proposalui.assisted.number", p.id()) + ")");
        proposal.setWidthFull();
        proposalNumber.setLabel(getTranslation("proposalui.assisted.proposal-number"));
        proposalNumber.setHelperText(getTranslation("proposalui.assisted.proposal-number-hint"));
        bind();
        Button supportButton = new Button(getTranslation("proposalui.assisted.support"), e -> supportOnBehalf());
        supportButton.addThemeVariants(ButtonVariant.PRIMARY);
        supportResult.getElement().setAttribute("role", "status");
        supportResult.addClassName("confirmation");
        supportResult.setVisible(false);
        Section support = new Section(
                new H2(getTranslation("proposalui.assisted.support-title")),
                proposal,
                proposalNumber,
                supportButton,
                supportResult);

        List<ConsultationSummary> open =
                consultations.list(new ConsultationFilter(ConsultationFilter.Status.OPEN, null, null), 0, 200).stream()
                        .filter(c -> c.phase().acceptsProposals())
                        .toList();
        consultation.setLabel(getTranslation("proposalui.assisted.consultation"));
        consultation.setItems(open);
        consultation.setItemLabelGenerator(ConsultationSummary::title);
        // The griffier can read out the rules of the consultation chosen before writing down the proposal.
        consultation.addValueChangeListener(e -> {
            rules.removeAll();
            if (e.getValue() != null) {
                rules.add(new ConductRulesNote(
                        conductRules.conductRules(e.getValue().id(), getLocale())));
            }
        });
        fields = new ProposalFields(agenda, List.of(), List.of(), "");
        Button submitButton = new Button(getTranslation("proposalui.assisted.submit"), e -> submitOnBehalf());
        submitButton.addThemeVariants(ButtonVariant.PRIMARY);
        submitResult.getElement().setAttribute("role", "status");
        submitResult.addClassName("confirmation");
        submitResult.setVisible(false);
        Section submit = new Section(new H2(getTranslation("proposalui.assisted.submit-title")));
        if (open.isEmpty()) {
            submit.add(new Paragraph(getTranslation("proposalui.assisted.no-open-consultation")));
        } else {
            submit.add(consultation, rules, fields, submitButton, submitResult);
        }
        actions.add(support, submit);
        actions.setVisible(false);
        add(actions);
    }

    private void bind() {
        resident.forField(postcode).bind("postcode");
        resident.forField(houseNumber).bind("houseNumber");
        resident.forField(dateOfBirth).bind("dateOfBirth");
        resident.forField(name).bind("displayName");
        // The form never reads an entry back into these fields: the way back is only there for the binder.
        supportByChoice
                .forField(proposal)
                .withConverter(
                        (ProposalSummary chosen) -> chosen == null ? null : chosen.id(), id -> proposal.getValue())
                .bind("support");
        supportByChoice.forField(channel).bind("channel");
        supportByNumber
                .forField(proposalNumber)
                .withConverter(
                        (String number) -> RouteIds.tryParse(number.strip()).orElse(null),
                        id -> id == null ? "" : id.toString())
                .bind("support");
        supportByNumber.forField(channel).bind("channel");
    }

    private void identify() {
        InputErrors.clear(resident);
        channel.setInvalid(false);
        residentId = null;
        actions.setVisible(false);
        identified.setVisible(false);
        if (channel.isEmpty()) {
            channel.setErrorMessage(getTranslation("error.required"));
            channel.setInvalid(true);
            return;
        }
        try {
            residentId = residency.residentForAssistance(InputErrors.record(resident));
            residentName = name.getValue().strip();
            identified.setText(getTranslation(
                    "proposalui.assisted.identified",
                    residentName,
                    getTranslation("proposalui.channel." + channel.getValue().name())));
            identified.setVisible(true);
            actions.setVisible(true);
            supportResult.setVisible(false);
            submitResult.setVisible(false);
        } catch (InvalidInputException refused) {
            InputErrors.show(this, refused, resident);
        }
    }

    // The actions show only once identify() found the resident.
    private long identifiedResident() {
        return Objects.requireNonNull(residentId, "a resident is identified first");
    }

    private void supportOnBehalf() {
        // A proposal number the resident read out goes before one searched for.
        Binder<SupportEntry> binder = proposalNumber.isEmpty() ? supportByChoice : supportByNumber;
        InputErrors.clear(supportByChoice);
        InputErrors.clear(supportByNumber);
        supportResult.setVisible(false);
        SupportEntry entry = InputErrors.record(binder);
        Long id = entry.support();
        if (id == null) {
            if (proposalNumber.isEmpty()) {
                proposal.setErrorMessage(getTranslation("proposalui.assisted.choose-proposal"));
                proposal.setInvalid(true);
            } else {
                proposalNumber.setErrorMessage(getTranslation("proposalui.assisted.no-such-proposal"));
                proposalNumber.setInvalid(true);
            }
            return;
        }
        try {
            ProposalDetails details = proposals.proposal(id);
            int count = supports.supportOnBehalf(id, identifiedResident(), entry.channel());
            supportResult.setText(getTranslation(
                    "proposalui.assisted.supported",
                    details.title(),
                    residentName,
                    getTranslation(
                            "proposalui.channel.via." + channel.getValue().name()),
                    count,
                    details.supportThreshold()));
            supportResult.setVisible(true);
            supportResult.add(new Paragraph(new RouterLink(
                    getTranslation("proposalui.assisted.open-proposal"),
                    ProposalView.class,
                    ProposalView.parameters(id))));
        } catch (NoSuchItemException missing) {
            HasValidation field = proposalNumber.isEmpty() ? proposal : proposalNumber;
            field.setErrorMessage(getTranslation("proposalui.assisted.no-such-proposal"));
            field.setInvalid(true);
        } catch (InvalidInputException refused) {
            InputErrors.show(this, refused, binder);
        }
    }

    private void submitOnBehalf() {
        InputErrors.clear(fields.binder());
        consultation.setInvalid(false);
        submitResult.setVisible(false);
        if (consultation.isEmpty()) {
            consultation.setErrorMessage(getTranslation("error.required"));
            consultation.setInvalid(true);
            return;
        }
        try {
            long id = proposals.submitOnBehalf(new ProposalOnBehalf(
                    identifiedResident(),
                    channel.getValue(),
                    consultation.getValue().id(),
                    fields.draft()));
            submitResult.setText(getTranslation(
                    "proposalui.assisted.submitted",
                    fields.title.getValue().strip(),
                    residentName,
                    getTranslation(
                            "proposalui.channel.via." + channel.getValue().name())));
            submitResult.add(new Paragraph(new RouterLink(
                    getTranslation("proposalui.assisted.open-proposal"),
                    ProposalView.class,
                    ProposalView.parameters(id))));
            submitResult.setVisible(true);
            fields.title.clear();
            fields.body.clear();
            fields.topics.clear();
            fields.address.clear();
        } catch (InvalidInputException refused) {
            InputErrors.show(this, refused, fields.binder());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposalui.assisted.title") + " | Raadsplein";
    }
}
