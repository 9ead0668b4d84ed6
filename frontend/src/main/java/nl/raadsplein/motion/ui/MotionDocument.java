package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.SubmitterStatus;
import nl.raadsplein.ui.Formats;

/**
 * The motion as the council reads it, in the fixed Dutch format: the parts numbered through, so that an amendment
 * can name one. Always in Dutch on paper would be the council's choice; here it follows the reader's language. Its
 * texts (motion.doc.*) live in the backend's bundle, which the PDF of the motion reads too.
 */
class MotionDocument extends Div {

    MotionDocument(MotionDetails motion) {
        addClassName("motion-document");
        MotionDetails.MotionText text = motion.text();
        Paragraph kind =
                new Paragraph(getTranslation("motion.type." + motion.type().name()));
        kind.addClassName("motion-kind");
        add(kind, new H1(text.title()));
        String date = motion.placement() == null
                ? getTranslation("motion.doc.date-open")
                : Formats.date(motion.placement().meetingStartsAt(), getLocale());
        add(new Paragraph(getTranslation("motion.doc.opening", date)));
        MotionDetails.Amendment amendment = motion.amendment();
        if (amendment != null) {
            add(new Paragraph(getTranslation("motion.doc.amends", amendment.motionTitle(), amendment.part())));
            Div change = new Div();
            change.addClassName("motion-change");
            Paragraph old = new Paragraph(
                    new Span(getTranslation("motion.doc.old") + " "),
                    new Span(amendment.oldText() == null ? "" : amendment.oldText()));
            old.addClassName("old-text");
            Paragraph replacement =
                    new Paragraph(new Span(getTranslation("motion.doc.new") + " "), new Span(amendment.newText()));
            replacement.addClassName("new-text");
            change.add(old, replacement);
            add(change);
        }
        int start = 1;
        start = section("motion.doc.findings", text.findings(), start);
        start = section("motion.doc.considerations", text.considerations(), start);
        section("motion.doc.requests", text.requests(), start);
        add(new Paragraph(getTranslation("motion.doc.closing")));
        List<MotionDetails.Submitter> signed = motion.submitters().stream()
                .filter(s -> s.status() == SubmitterStatus.ACCEPTED)
                .toList();
        Paragraph submitters = new Paragraph(getTranslation(
                "motion.doc.submitters",
                signed.stream()
                        .map(s -> s.party() == null ? s.name() : s.name() + " (" + s.party() + ")")
                        .collect(Collectors.joining(", "))));
        submitters.addClassName("motion-submitters");
        add(submitters);
    }

    private int section(String key, List<String> clauses, int start) {
        if (clauses.isEmpty()) {
            return start;
        }
        Paragraph heading = new Paragraph(getTranslation(key));
        heading.addClassName("motion-section");
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("start", String.valueOf(start));
        clauses.forEach(c -> list.add(new ListItem(c)));
        add(heading, list);
        return start + clauses.size();
    }
}
