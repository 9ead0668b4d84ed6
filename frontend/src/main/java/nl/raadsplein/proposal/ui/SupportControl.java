package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.account.ui.LoginView;
import nl.raadsplein.account.ui.VerifyResidencyView;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.ProposalService;

/**
 * "12 van 50 steunbetuigingen" and the button to support or withdraw support, or why one cannot. The count
 * follows supports by others while the page is open (server push).
 */
class SupportControl extends Div {

    private final ProposalService proposals;
    private final long proposalId;
    private final int threshold;
    private final String supportKey;
    private final Paragraph count = new Paragraph();
    private final Button button = new Button();
    private final Paragraph hint = new Paragraph();
    private boolean supported;

    SupportControl(ProposalService proposals, SupportBroadcaster broadcaster, Participant participant,
            ProposalDetails details) {
        this(proposals, broadcaster, participant, details, "proposalui.support.support");
    }

    /** @param supportKey the text of the button that supports, such as "Steun dit voorstel" */
    SupportControl(ProposalService proposals, SupportBroadcaster broadcaster, Participant participant,
            ProposalDetails details, String supportKey) {
        this.supportKey = supportKey;
        this.proposals = proposals;
        this.proposalId = details.id();
        this.threshold = details.supportThreshold();
        this.supported = details.supportedByMe();
        addClassName("support");
        count.addClassName("support-count");
        count.getElement().setAttribute("aria-live", "polite");
        hint.addClassName("hint");
        hint.setVisible(false);
        showCount(details.supportCount());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClickListener(e -> toggle());
        add(count, button, hint);

        if (!details.supportable()) {
            disable(getTranslation(details.state().acceptsSupports()
                    ? "proposal.error.supports-closed" : "proposal.error.not-supportable"));
        } else if (!participant.loggedIn()) {
            disable(getTranslation("proposalui.support.login-first"));
            hint.add(new com.vaadin.flow.component.Text(" "), new RouterLink(getTranslation("proposalui.support.login"), LoginView.class));
        } else if (!participant.resident()) {
            disable(getTranslation("proposalui.support.residents-only"));
        } else if (!supported && participant.verificationMissing(details.consultationId())) {
            disable(getTranslation("proposal.error.verification-required"));
            hint.add(new com.vaadin.flow.component.Text(" "),
                    new RouterLink(getTranslation("proposalui.support.verify"), VerifyResidencyView.class));
        }
        showButton();
        // Supports by others while the page is open: the count changes for everyone looking (server push).
        broadcaster.subscribe(this, event -> {
            if (event.proposalId() == proposalId) {
                showCount(event.supportCount());
            }
        });
    }

    private void disable(String reason) {
        button.setEnabled(false);
        hint.setText(reason);
        hint.setVisible(true);
        String id = "support-hint-" + proposalId;
        hint.setId(id);
        button.getElement().setAttribute("aria-describedby", id);
    }

    private void toggle() {
        try {
            int n = supported ? proposals.withdrawSupport(proposalId) : proposals.support(proposalId);
            supported = !supported;
            showCount(n);
            showButton();
            hint.setText(getTranslation(supported ? "proposalui.support.done" : "proposalui.support.withdrawn"));
            hint.getElement().setAttribute("role", "status");
            hint.setVisible(true);
        } catch (InvalidInputException refused) {
            hint.setText(getTranslation(refused.messageKey(), refused.arguments()));
            hint.getElement().setAttribute("role", "alert");
            hint.setVisible(true);
        }
    }

    private void showButton() {
        button.setText(getTranslation(supported ? "proposalui.support.withdraw" : supportKey));
    }

    void showCount(int supports) {
        count.setText(getTranslation("proposalui.support.count", supports, threshold));
    }

    String countText() {
        return count.getText();
    }

}
