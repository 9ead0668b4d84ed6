package nl.raadsplein.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unexpected failure: the visitor sees an apology, never a stack trace; the log keeps the details. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Div implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Unexpected error showing {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.title") + " | Raadsplein";
    }
}
