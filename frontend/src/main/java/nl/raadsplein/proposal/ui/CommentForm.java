package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.moderation.ConductRules;
import nl.raadsplein.moderation.ui.ConductRulesNote;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.InputErrors;

/**
 * A new comment or a reply: for, against or neutral, the text, optionally on behalf of an organisation, and the
 * consultation's rules of conduct folded above the button. A text that looks like it holds personal data is not
 * posted before the author chose "Aanpassen" or "Toch plaatsen".
 */
class CommentForm extends Div {

    final RadioButtonGroup<Alignment> alignment = new RadioButtonGroup<>();
    final TextArea body = new TextArea();
    final Select<Optional<Organisation>> organisation = new Select<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final ProposalService proposals;
    private final long proposalId;
    private final Long parentId;
    private final Runnable posted;
    private final PersonalDataWarning personalData;

    /**
     * @param rules    the rules of conduct of the proposal's consultation
     * @param parentId the comment replied to, or null for a comment on the proposal itself
     * @param posted   runs after the service stored the comment
     * @param cancel   runs on "Annuleren"; null shows no such button
     */
    CommentForm(ProposalService proposals, Participant participant, ConductRules rules, long proposalId, Long parentId,
            Runnable posted, Runnable cancel) {
        this.proposals = proposals;
        this.proposalId = proposalId;
        this.parentId = parentId;
        this.posted = posted;
        this.personalData = new PersonalDataWarning(field -> body.focus(), () -> post(true));
        addClassName("comment-form");
        alignment.setLabel(getTranslation(parentId == null
                ? "proposalui.comment.alignment" : "proposalui.comment.alignment-reply"));
        alignment.setItems(Alignment.values());
        alignment.setItemLabelGenerator(a -> getTranslation("proposalui.alignment." + a.name()));
        alignment.setRequiredIndicatorVisible(true);
        body.setLabel(getTranslation(parentId == null ? "proposalui.comment.body" : "proposalui.comment.reply-body"));
        body.setWidthFull();
        body.setRequiredIndicatorVisible(true);
        ProposalTexts.counter(body, ProposalService.COMMENT_LENGTH, null);
        add(alignment, body);
        fields.put("alignment", alignment);
        fields.put("body", body);

        List<Organisation> organisations = participant.organisations();
        if (!organisations.isEmpty()) {
            List<Optional<Organisation>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            organisations.forEach(o -> choices.add(Optional.of(o)));
            organisation.setLabel(getTranslation("proposalui.comment.post-as"));
            organisation.setItems(choices);
            String myName = participant.name();
            organisation.setItemLabelGenerator(o -> o.map(Organisation::name)
                    .orElse(getTranslation("proposalui.form.as-myself", myName)));
            organisation.setValue(Optional.empty());
            add(organisation);
            fields.put("organisation", organisation);
        }

        Button post = new Button(getTranslation("proposalui.comment.post"), e -> post(false));
        post.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout buttons = new FlexLayout(post);
        buttons.addClassName("actions");
        if (cancel != null) {
            buttons.add(new Button(getTranslation("proposalui.cancel"), e -> cancel.run()));
        }
        add(new ConductRulesNote(rules), buttons, personalData);
    }

    private void post(boolean personalDataConfirmed) {
        InputErrors.clear(fields);
        if (!personalDataConfirmed && alignment.getValue() != null && personalData.check(null, body.getValue())) {
            return;
        }
        Long organisationId = organisation.getValue() == null
                ? null : organisation.getValue().map(Organisation::id).orElse(null);
        try {
            proposals.comment(proposalId, parentId, alignment.getValue(), body.getValue(), organisationId,
                    personalDataConfirmed);
            // Confirmed personal data makes the service hold the comment for moderation.
            boolean held = personalDataConfirmed && PersonalDataDetector.containsPersonalData(body.getValue());
            personalData.hide();
            alignment.clear();
            body.clear();
            InputErrors.confirm(getTranslation(held ? "personaldata.comment.awaiting" : "proposalui.comment.posted"));
            posted.run();
        } catch (InvalidInputException refused) {
            if (PersonalDataWarning.CONFIRM_NEEDED.equals(refused.messageKey())) {
                personalData.check(null, body.getValue());
            } else {
                personalData.hide();
                InputErrors.show(this, refused, fields);
            }
        }
    }
}
