package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.deliberation.ui.DiscussionReportView;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.Vote;
import nl.raadsplein.proposal.ui.ProposalView;
import nl.raadsplein.ui.Formats;

/**
 * The parts of a motion's page that only show its record: who signed it, what it cites, the council's votes and its
 * history. What a reader may do with the motion stays with {@link MotionView}.
 */
final class MotionSections {

    private MotionSections() {}

    static Section submitters(Component view, MotionDetails motion) {
        UnorderedList list = new UnorderedList();
        for (MotionDetails.Submitter s : motion.submitters()) {
            String who = s.party() == null ? s.name() : s.name() + " (" + s.party() + ")";
            list.add(new ListItem(who + " · "
                    + view.getTranslation(
                            s.first()
                                    ? "motionui.submitter.first"
                                    : "motionui.submitter." + s.status().name())));
        }
        return new Section(new H2(view.getTranslation("motionui.view.submitters")), list);
    }

    static Section citations(Component view, MotionDetails motion) {
        Section section = new Section(new H2(view.getTranslation("motionui.view.citations")));
        if (motion.citations().isEmpty()) {
            section.add(new Paragraph(view.getTranslation("motionui.view.no-citations")));
        }
        UnorderedList list = new UnorderedList();
        for (MotionDetails.Cited cited : motion.citations()) {
            RouterLink link = switch (cited.kind()) {
                case PROPOSAL -> new RouterLink(cited.title(), ProposalView.class, ProposalView.parameters(cited.id()));
                case CONSULTATION ->
                    new RouterLink(cited.title(), ConsultationView.class, ConsultationView.parameters(cited.id()));
                case DISCUSSION ->
                    new RouterLink(
                            cited.title(), DiscussionReportView.class, DiscussionReportView.parameters(cited.id()));
            };
            list.add(new ListItem(
                    new com.vaadin.flow.component.html.Span(
                            view.getTranslation(
                                            "motionui.citation." + cited.kind().name()) + ": "),
                    link));
        }
        section.add(list);
        if (!motion.themeCodes().isEmpty()) {
            section.add(
                    new Paragraph(view.getTranslation("motionui.view.themes", String.join(", ", motion.themeCodes()))));
        }
        return section;
    }

    static Section votes(Component view, MotionDetails motion) {
        Section section = new Section(new H2(view.getTranslation("motionui.view.votes")));
        for (Vote vote : motion.votes()) {
            Div record = new Div();
            record.addClassName("vote");
            String heading = view.getTranslation(
                    "motionui.vote.summary",
                    view.getTranslation("motionui.vote.method." + vote.method().name()),
                    vote.votesFor(),
                    vote.votesAgainst(),
                    view.getTranslation("motion.result." + vote.result().name()));
            record.add(new Paragraph(heading));
            Paragraph who = new Paragraph(view.getTranslation(
                    "motionui.vote.recorded",
                    vote.recordedBy(),
                    Formats.dateTime(vote.recordedAt(), UI.getCurrent().getLocale())));
            who.addClassName("meta");
            record.add(who);
            if (vote.correctsId() != null) {
                record.add(new Paragraph(
                        view.getTranslation("motionui.vote.correction", vote.reason() == null ? "" : vote.reason())));
            }
            if (!vote.lines().isEmpty()) {
                UnorderedList lines = new UnorderedList();
                for (Vote.Line line : vote.lines()) {
                    String name = line.member() == null
                            ? view.getTranslation("motionui.vote.line-party", line.party(), line.seats())
                            : line.member() + " (" + line.party() + ")";
                    lines.add(new ListItem(name + ": "
                            + view.getTranslation(
                                    "motionui.vote.choice." + line.choice().name())));
                }
                record.add(lines);
            }
            section.add(record);
        }
        return section;
    }

    static Section history(Component view, MotionDetails motion) {
        UnorderedList list = new UnorderedList();
        for (MotionDetails.Event event : motion.events()) {
            list.add(new ListItem(
                    Formats.dateTime(event.at(), UI.getCurrent().getLocale()) + " · " + event.actor() + " · "
                            + view.getTranslation("motionui.event." + event.action())
                            + (event.details() == null ? "" : " (" + event.details() + ")")));
        }
        return new Section(new H2(view.getTranslation("motionui.view.history")), list);
    }
}
