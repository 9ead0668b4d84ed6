package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.account.ui.LoginView;
import nl.raadsplein.account.ui.VerifyResidencyView;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.SupportService;

/**
 * "12 van 50 steunbetuigingen" and the button to support or withdraw support, or why one cannot, as the service
 * says with the proposal. The count follows supports by others while the page is open (server push).
 */
class SupportControl extends Div {

    private final SupportService supports;
    private final long proposalId;
    private final int threshold;
    private final String supportKey;
    private final Paragraph count = new Paragraph();
    private final Button button = new Button();
    private final Paragraph hint = new Paragraph();
    private boolean supported;

    SupportControl(SupportService supports, SupportBroadcaster broadcaster, ProposalDetails details) {
        this(supports, broadcaster, details, "proposalui.support.support");
    }

    /** @param supportKey the text of the button that supports, such as "Steun dit voorstel" */
    SupportControl(
            SupportService supports, SupportBroadcaster broadcaster, ProposalDetails details, String supportKey) {
        this.supportKey = supportKey;
        this.supports = supports;
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
        // The browser disables the button at the first click, so the second click of a double click, or a click
        // while the answer is on its way, does not undo the first; the answer enables it again.
        button.setDisableOnClick(true);
        button.addClickListener(e -> toggle());
        add(count, button, hint);

        switch (details.may().support()) {
            case SUPPORTS_CLOSED -> disable(getTranslation("proposal.error.supports-closed"));
            case NOT_SUPPORTABLE -> disable(getTranslation("proposal.error.not-supportable"));
            case LOGIN_FIRST -> {
                disable(getTranslation("proposalui.support.login-first"));
                hint.add(new Text(" "), new RouterLink(getTranslation("proposalui.support.login"), LoginView.class));
            }
            case RESIDENTS_ONLY -> disable(getTranslation("proposalui.support.residents-only"));
            case VERIFICATION_REQUIRED -> {
                disable(getTranslation("proposal.error.verification-required"));
                hint.add(
                        new Text(" "),
                        new RouterLink(getTranslation("proposalui.support.verify"), VerifyResidencyView.class));
            }
            case ALLOWED -> {}
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
            int n = supported ? supports.withdrawSupport(proposalId) : supports.support(proposalId);
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
        } finally {
            button.setEnabled(true);
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
