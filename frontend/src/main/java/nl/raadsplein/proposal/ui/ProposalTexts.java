package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.raadsplein.proposal.ProposalState;

/** Texts and small pieces the proposal views share: states in words, who wrote something, character counters. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    static String state(Component view, ProposalState state) {
        return view.getTranslation("proposalui.state." + state.name());
    }

    static String author(Component view, String authorName) {
        return authorName == null || authorName.isBlank()
                ? view.getTranslation("proposalui.former-participant") : authorName;
    }

    /**
     * "Door Sandra" or "Door Marco namens Dierenoppas", with the organisation's verification in words next to
     * a check mark the screen reader skips.
     */
    static Span byline(Component view, String authorName, String organisationName, boolean organisationVerified) {
        Span byline = new Span();
        byline.addClassName("byline");
        if (organisationName == null) {
            byline.add(view.getTranslation("proposalui.by", author(view, authorName)));
        } else {
            byline.add(view.getTranslation("proposalui.by-for-organisation", author(view, authorName),
                    organisationName));
            if (organisationVerified) {
                byline.add(verified(view));
            }
        }
        return byline;
    }

    static Span verified(Component view) {
        Icon icon = VaadinIcon.CHECK_CIRCLE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("verified-icon");
        Span mark = new Span(icon, new Span(view.getTranslation("proposalui.verified")));
        mark.addClassName("verified");
        return mark;
    }

    /** A visible "12 van 150 tekens" under the field, kept up to date while typing. */
    static void counter(TextField field, int max, String hint) {
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable update = () -> field.setHelperText(helper(field, field.getValue().length(), max, hint));
        field.addValueChangeListener(e -> update.run());
        update.run();
    }

    static void counter(TextArea field, int max, String hint) {
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable update = () -> field.setHelperText(helper(field, field.getValue().length(), max, hint));
        field.addValueChangeListener(e -> update.run());
        update.run();
    }

    private static String helper(Component view, int length, int max, String hint) {
        String count = view.getTranslation("proposalui.characters", length, max);
        return hint == null ? count : hint + " " + count;
    }
}
