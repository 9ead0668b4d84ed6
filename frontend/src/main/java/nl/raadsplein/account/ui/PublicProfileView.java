package nl.raadsplein.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.account.ProfileService;
import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.account.PublicProfile;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ReportService;
import nl.raadsplein.moderation.ui.ReportDialog;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSummary;
import nl.raadsplein.proposal.ui.ProposalView;
import nl.raadsplein.ui.Formats;

/**
 * A participant's public page: name, member since, the verified mark, the "Over mij" text (a neutral placeholder
 * while it is hidden or waits for moderation; its owner sees it, marked) and their newest public proposals. Anyone
 * logged in but the owner can report the profile.
 */
@Route(PublicProfileView.ROUTE)
@AnonymousAllowed
public class PublicProfileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "deelnemers/:id";
    public static final String ID = "id";
    /** The newest proposals shown; the page says how many there are in all. */
    static final int PROPOSALS_SHOWN = 20;

    private final ProfileService profiles;
    private final ProposalService proposals;
    private final ReportService reporting;
    private final ConductRulesService conductRules;
    private String title = "";

    public PublicProfileView(
            ProfileService profiles,
            ProposalService proposals,
            ReportService reporting,
            ConductRulesService conductRules) {
        this.profiles = profiles;
        this.proposals = proposals;
        this.reporting = reporting;
        this.conductRules = conductRules;
        addClassName("public-profile");
    }

    public static RouteParameters parameters(String publicId) {
        return new RouteParameters(ID, publicId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            show(profiles.profile(id));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
    }

    private void show(PublicProfile profile) {
        removeAll();
        title = profile.displayName();
        Paragraph meta = new Paragraph(
                new Span(getTranslation("participant.member-since", Formats.date(profile.memberSince(), getLocale()))));
        meta.addClassName("meta");
        if (profile.verifiedResident()) {
            meta.add(new Span(" · "), ResidencyTexts.verifiedMark(this, true, "participant.verified", null));
        }
        add(new H1(profile.displayName()), meta, about(profile), proposals(profile));
        if (profile.mayReport()) {
            add(reportAction(profile.accountId()));
        }
    }

    private Section about(PublicProfile profile) {
        Section section = new Section(new H2(getTranslation("participant.about")));
        section.addClassName("about");
        if (profile.text() != null) {
            Paragraph text = new Paragraph(profile.text());
            text.addClassName("multiline");
            text.addClassName("profile-text");
            section.add(text);
            ProfileTextState textState = Objects.requireNonNull(profile.textState(), "a profile text has a state");
            if (textState != ProfileTextState.PUBLISHED) {
                Paragraph state = new Paragraph(getTranslation("participant.about-state." + textState.name()));
                state.addClassName("about-state");
                section.add(state);
            }
        } else {
            Paragraph placeholder = new Paragraph(getTranslation(
                    profile.textState() == null ? "participant.about-none" : "participant.about-unavailable",
                    profile.displayName()));
            placeholder.addClassName("placeholder");
            section.add(placeholder);
        }
        if (profile.mine()) {
            section.add(new Paragraph(new RouterLink(getTranslation("participant.edit"), ProfileView.class)));
        }
        return section;
    }

    private Section proposals(PublicProfile profile) {
        Section section = new Section(new H2(getTranslation("participant.proposals")));
        section.addClassName("proposals");
        int total = proposals.countByAuthor(profile.accountId());
        if (total == 0) {
            section.add(new Paragraph(getTranslation("participant.proposals-none")));
            return section;
        }
        section.add(new Paragraph(getTranslation(
                total > PROPOSALS_SHOWN ? "participant.proposals-newest" : "participant.proposals-count",
                total,
                PROPOSALS_SHOWN)));
        List<ProposalSummary> newest = proposals.byAuthor(profile.accountId(), 0, PROPOSALS_SHOWN);
        UnorderedList list = new UnorderedList();
        for (ProposalSummary proposal : newest) {
            RouterLink link =
                    new RouterLink(proposal.title(), ProposalView.class, ProposalView.parameters(proposal.id()));
            Span facts = new Span(" · " + Formats.date(proposal.createdAt(), getLocale()) + " · "
                    + getTranslation("proposalui.state." + proposal.state().name()));
            facts.addClassName("meta");
            list.add(new ListItem(link, facts));
        }
        section.add(list);
        return section;
    }

    /** "Melden", or once this person reported the profile, a line that says so instead. */
    private Div reportAction(long accountId) {
        ContentRef profile = ContentRef.profile(accountId);
        Div slot = new Div();
        slot.addClassName("actions");
        Paragraph reported = new Paragraph(getTranslation("participant.reported"));
        reported.addClassName("reported");
        if (reporting.hasReported(profile)) {
            slot.add(reported);
            return slot;
        }
        Button report = new Button(getTranslation("participant.report"), e -> {
            // A profile belongs to no consultation: the platform's general rules apply.
            ReportDialog dialog = new ReportDialog(reporting, profile, conductRules.conductRules(null, getLocale()));
            dialog.addOpenedChangeListener(change -> {
                if (!change.isOpened() && reporting.hasReported(profile)) {
                    slot.removeAll();
                    slot.add(reported);
                }
            });
            dialog.open();
        });
        report.addClassName("report");
        slot.add(report);
        return slot;
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
