package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.account.ui.PublicProfileView;
import nl.raadsplein.proposal.ProposalState;
import org.jspecify.annotations.Nullable;

/** Texts and small pieces the proposal views share: states in words, who wrote something, character counters. */
final class ProposalTexts {

    private ProposalTexts() {}

    static String state(Component view, ProposalState state) {
        return view.getTranslation("proposalui.state." + state.name());
    }

    private static String author(Component view, String authorName) {
        return authorName == null || authorName.isBlank()
                ? view.getTranslation("proposalui.former-participant")
                : authorName;
    }

    /**
     * "Door Sandra" or "Door Marco namens Dierenoppas", the name a link to the author's public profile, with the
     * organisation's verification in words next to a check mark the screen reader skips.
     */
    static Span byline(
            Component view,
            String authorPublicId,
            String authorName,
            @Nullable String organisationName,
            boolean organisationVerified) {
        Span byline = new Span();
        byline.addClassName("byline");
        // The translation decides where the name goes; a character no translation contains marks the spot.
        String marker = "\u0000";
        String text = organisationName == null
                ? view.getTranslation("proposalui.by", marker)
                : view.getTranslation("proposalui.by-for-organisation", marker, organisationName);
        int at = text.indexOf(marker);
        byline.add(
                new Text(text.substring(0, at)),
                authorLink(view, authorPublicId, authorName),
                new Text(text.substring(at + marker.length())));
        if (organisationName != null && organisationVerified) {
            byline.add(verified(view));
        }
        return byline;
    }

    /** The author's name as a link to their profile; a former participant has none. */
    private static Component authorLink(Component view, String authorPublicId, String authorName) {
        if (authorName == null || authorName.isBlank()) {
            return new Text(author(view, authorName));
        }
        RouterLink link =
                new RouterLink(authorName, PublicProfileView.class, PublicProfileView.parameters(authorPublicId));
        link.addClassName("author");
        return link;
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
    static void counter(TextField field, int max, @Nullable String hint) {
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable update =
                () -> field.setHelperText(helper(field, field.getValue().length(), max, hint));
        field.addValueChangeListener(e -> update.run());
        update.run();
    }

    static void counter(TextArea field, int max, @Nullable String hint) {
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable update =
                () -> field.setHelperText(helper(field, field.getValue().length(), max, hint));
        field.addValueChangeListener(e -> update.run());
        update.run();
    }

    private static String helper(Component view, int length, int max, @Nullable String hint) {
        String count = view.getTranslation("proposalui.characters", length, max);
        return hint == null ? count : hint + " " + count;
    }
}
