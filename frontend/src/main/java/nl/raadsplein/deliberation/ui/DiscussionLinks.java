package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.deliberation.DiscussionSummary;

/** How other pages (a theme, a consultation) list value discussions: the discussion, its phase and its report. */
public final class DiscussionLinks {

    private DiscussionLinks() {}

    public static ListItem item(DiscussionSummary d) {
        ListItem item = new ListItem(
                new RouterLink(d.question(), DiscussionView.class, DiscussionView.parameters(d.id())),
                new Span(" ("
                        + I18NProvider.translate(
                                "deliberationui.phase." + d.phase().name()) + ") "));
        if (d.state() == DiscussionState.PUBLISHED) {
            item.add(report(d));
        }
        return item;
    }

    /**
     * The link to the report. Its name adds the question, so that a list of them does not read as the same link
     * many times (the visible words come first, so speech input finds it by them).
     */
    static RouterLink report(DiscussionSummary d) {
        RouterLink link = new RouterLink(
                I18NProvider.translate("deliberationui.view.report"),
                DiscussionReportView.class,
                DiscussionReportView.parameters(d.id()));
        link.getElement()
                .setAttribute("aria-label", I18NProvider.translate("deliberationui.list.report-of", d.question()));
        link.addClassName("report-link");
        return link;
    }
}
