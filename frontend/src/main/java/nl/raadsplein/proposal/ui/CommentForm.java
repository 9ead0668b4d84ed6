package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.moderation.ConductRules;
import nl.raadsplein.moderation.ui.ConductRulesNote;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentDraft;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.CommentSubmission;
import nl.raadsplein.ui.InputErrors;
import org.jspecify.annotations.Nullable;

/**
 * A new comment or a reply: for, against or neutral, the text, optionally on behalf of an organisation, and the
 * consultation's rules of conduct folded above the button. A text that looks like it holds personal data is not
 * posted before the author chose "Aanpassen" or "Toch plaatsen".
 */
class CommentForm extends Div {

    final RadioButtonGroup<Alignment> alignment = new RadioButtonGroup<>();
    final TextArea body = new TextArea();
    final Select<Optional<Organisation>> organisation = new Select<>();
    private final Binder<CommentDraft> binder = new Binder<>(CommentDraft.class);
    private final CommentService comments;
    private final long proposalId;
    private final @Nullable Long parentId;
    private final Runnable posted;
    private final PersonalDataWarning personalData;

    /**
     * @param rules    the rules of conduct of the proposal's consultation
     * @param parentId the comment replied to, or null for a comment on the proposal itself
     * @param posted   runs after the service stored the comment
     * @param cancel   runs on "Annuleren"; null shows no such button
     */
    CommentForm(
            CommentService comments,
            Participant participant,
            ConductRules rules,
            long proposalId,
            @Nullable Long parentId,
            Runnable posted,
            @Nullable Runnable cancel) {
        this.comments = comments;
        this.proposalId = proposalId;
        this.parentId = parentId;
        this.posted = posted;
        this.personalData = new PersonalDataWarning(field -> body.focus(), () -> post(true));
        addClassName("comment-form");
        alignment.setLabel(getTranslation(
                parentId == null ? "proposalui.comment.alignment" : "proposalui.comment.alignment-reply"));
        alignment.setItems(Alignment.values());
        alignment.setItemLabelGenerator(a -> getTranslation("proposalui.alignment." + a.name()));
        alignment.setRequiredIndicatorVisible(true);
        body.setLabel(getTranslation(parentId == null ? "proposalui.comment.body" : "proposalui.comment.reply-body"));
        body.setWidthFull();
        body.setRequiredIndicatorVisible(true);
        ProposalTexts.counter(body, CommentService.COMMENT_LENGTH, null);
        add(alignment, body);

        OrganisationChoice choice =
                new OrganisationChoice(organisation, participant.organisations(), participant::name);
        if (choice.offered()) {
            organisation.setLabel(getTranslation("proposalui.comment.post-as"));
            add(organisation);
        }

        // The service judges the input and says why it refuses; the fields' own checks would only get there first.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(alignment).bind("alignment");
        binder.forField(body).bind("body");
        binder.forField(organisation).withConverter(choice.ids()).bind("organisationId");

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
        InputErrors.clear(binder);
        if (!personalDataConfirmed && alignment.getValue() != null && personalData.check(null, body.getValue())) {
            return;
        }
        try {
            comments.comment(new CommentSubmission(proposalId, parentId, draft(), personalDataConfirmed));
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
                InputErrors.show(this, refused, binder);
            }
        }
    }

    private CommentDraft draft() {
        return InputErrors.record(binder);
    }
}
