package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionSummary;

/** Submitted motions with where they stand; a councillor also sees their drafts and can start a new one. */
@Route("moties")
@AnonymousAllowed
public class MotionsView extends Div implements HasDynamicTitle {

    public MotionsView(MotionQueries motions, AuthenticationContext authentication) {
        add(new H1(getTranslation("motionui.list.title")), new Paragraph(getTranslation("motionui.list.intro")));
        if (authentication.hasRole("COUNCILLOR")) {
            RouterLink create = new RouterLink(getTranslation("motionui.list.new"), MotionEditorView.class);
            create.addClassName("primary-link");
            add(new Paragraph(create));
        }
        add(new Paragraph(new RouterLink(getTranslation("motionui.monitor.link"), FollowUpsView.class)));
        UnorderedList list = new UnorderedList();
        list.addClassName("motions");
        List<MotionSummary> all = motions.motions(0, 100);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("motionui.list.none")));
        }
        all.forEach(m -> list.add(MotionUi.item(this, m)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return MotionUi.title(this, "motionui.list.title");
    }
}
