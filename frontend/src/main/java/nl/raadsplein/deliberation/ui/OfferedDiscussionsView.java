package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionSummary;

/** The griffie's overview of value discussions councillors offered, each to approve or reject on its own page. */
@Route("beheer/waardendiscussies")
@RolesAllowed("GRIFFIER")
public class OfferedDiscussionsView extends Div implements HasDynamicTitle {

    public OfferedDiscussionsView(DiscussionService discussions) {
        addClassName("offered-discussions");
        add(
                new H1(getTranslation("deliberationui.offered.title")),
                new Paragraph(getTranslation("deliberationui.offered.intro")));
        List<DiscussionSummary> offered = discussions.offered(100);
        if (offered.isEmpty()) {
            add(new Paragraph(getTranslation("deliberationui.offered.none")));
        }
        offered.forEach(d -> add(DiscussionsView.card(d, getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberationui.offered.title") + " | Raadsplein";
    }
}
