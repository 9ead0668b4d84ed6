package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.RouteIds;

/** The motion alone, without the site's menu, for the council's papers: the browser prints it as it is. */
@Route(value = "moties/:id/afdruk", autoLayout = false)
@AnonymousAllowed
public class MotionPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MotionQueries motions;
    private String title = "";

    public MotionPrintView(MotionQueries motions) {
        this.motions = motions;
        addClassName("motion-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("id").orElse(""));
        MotionDetails motion;
        try {
            motion = motions.motion(id, MotionView.version(event));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
        removeAll();
        title = motion.text().title();
        RouterLink back =
                new RouterLink(getTranslation("motionui.print.back"), MotionView.class, MotionView.parameters(id));
        Paragraph tools = new Paragraph(back, new Span(" · "), MotionUi.pdfLink(this, getLocale(), motions, motion));
        tools.addClassName("no-print");
        add(tools, new Main(new MotionDocument(motion)));
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
