package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.deliberation.DiscussionPhase;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.deliberation.DiscussionSummary;
import nl.raadsplein.ui.Formats;

/** Value discussions that are open, upcoming or closed, a page at a time; councillors also see their drafts. */
@Route("waardendiscussies")
@AnonymousAllowed
public class DiscussionsView extends Div implements HasDynamicTitle {

    private final DiscussionService discussions;
    private final Select<DiscussionPhase> phase = new Select<>();
    private final VirtualList<DiscussionSummary> list = new VirtualList<>();
    private final Paragraph count = new Paragraph();

    public DiscussionsView(DiscussionService discussions, AuthenticationContext authentication) {
        this.discussions = discussions;
        addClassName("discussions");
        Locale locale = getLocale();
        add(
                new H1(getTranslation("deliberationui.list.title")),
                new Paragraph(getTranslation("deliberationui.list.intro")));
        boolean framer = authentication.hasAnyRole("COUNCILLOR", "GRIFFIER");
        if (framer) {
            add(new Paragraph(new RouterLink(getTranslation("deliberationui.nav.new"), FramingView.class)));
            List<DiscussionSummary> mine = discussions.mineUnpublished(50);
            if (!mine.isEmpty()) {
                Div drafts = new Div(new H2(getTranslation("deliberationui.list.mine")));
                mine.forEach(d -> drafts.add(card(d, locale)));
                add(drafts);
            }
        }
        phase.setLabel(getTranslation("deliberationui.list.phase"));
        phase.setItems(DiscussionPhase.OPEN, DiscussionPhase.UPCOMING, DiscussionPhase.CLOSED);
        phase.setItemLabelGenerator(p -> getTranslation("deliberationui.phase." + p.name()));
        phase.setValue(DiscussionPhase.OPEN);
        phase.addValueChangeListener(e -> refresh());
        list.setRenderer(new ComponentRenderer<>(d -> card(d, locale)));
        list.getElement().setAttribute("aria-label", getTranslation("deliberationui.list.title"));
        list.addClassName("card-list");
        add(phase, count, list);
        refresh();
    }

    private void refresh() {
        DiscussionPhase chosen = phase.getValue() == null ? DiscussionPhase.OPEN : phase.getValue();
        int total = discussions.count(chosen);
        count.setText(
                total == 0
                        ? getTranslation("deliberationui.list.none")
                        : getTranslation("deliberationui.list.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> discussions.list(chosen, query.getOffset(), query.getLimit()).stream(),
                query -> discussions.count(chosen)));
    }

    static Div card(DiscussionSummary d, Locale locale) {
        Div card = new Div();
        card.addClassName("card");
        RouterLink link = new RouterLink(d.question(), DiscussionView.class, DiscussionView.parameters(d.id()));
        Paragraph meta = new Paragraph(card.getTranslation(
                "deliberationui.list.meta",
                Formats.date(d.opensAt(), locale),
                Formats.date(d.closesAt(), locale),
                d.statementCount(),
                d.participantCount(),
                d.authorName()));
        meta.addClassName("meta");
        card.add(new H2(link), new Paragraph(DiscussionView.stateText(card, d.state(), d.phase())), meta);
        if (d.state() == DiscussionState.PUBLISHED) {
            card.add(new Paragraph(DiscussionLinks.report(d)));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberationui.list.title") + " | Raadsplein";
    }
}
