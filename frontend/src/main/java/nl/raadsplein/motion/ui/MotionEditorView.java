package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.motion.MotionDetails;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.RouteIds;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A councillor drafts a motion in the council's format, or its first submitter changes it (a submitted one
 * becomes a new version). Nothing typed is lost when the service refuses.
 */
@Route("moties/nieuw")
@RouteAlias(MotionEditorView.EDIT_ROUTE)
@RolesAllowed("COUNCILLOR")
public class MotionEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String EDIT_ROUTE = "moties/:id/wijzigen";

    private final MotionService motions;
    private final MotionQueries queries;
    private final MotionForm form;
    private @Nullable Long editing;

    public MotionEditorView(
            MotionService motions,
            MotionQueries queries,
            ProposalService proposals,
            ConsultationService consultations,
            DiscussionService discussions,
            AgendaService agenda) {
        this.motions = motions;
        this.queries = queries;
        this.form = new MotionForm(proposals, consultations, discussions, agenda, queries);
        addClassName("motion-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editing = event.getRouteParameters().get("id").map(RouteIds::parse).orElse(null);
        if (editing != null) {
            MotionDetails motion;
            try {
                motion = queries.motion(editing);
            } catch (NoSuchItemException e) {
                throw new NotFoundException();
            }
            if (!motion.permissions().edit()) {
                throw new AccessDeniedException("not the first submitter");
            }
            form.fill(motion);
        }
        add(new H1(getTranslation(editing == null ? "motionui.editor.new" : "motionui.editor.edit")));
        add(new Paragraph(getTranslation("motionui.editor.intro")));
        if (editing != null) {
            add(new Paragraph(getTranslation("motionui.editor.version-note")));
        }
        Button save = new Button(
                getTranslation(editing == null ? "motionui.editor.save-draft" : "motionui.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(form, save);
    }

    private void save() {
        form.clearErrors();
        long id;
        try {
            if (editing == null) {
                id = motions.draft(form.draft());
            } else {
                motions.edit(editing, form.draft());
                id = editing;
            }
        } catch (InvalidInputException refused) {
            form.show(this, refused);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(MotionView.class, MotionView.parameters(id)));
    }

    @Override
    public String getPageTitle() {
        return MotionUi.title(this, editing == null ? "motionui.editor.new" : "motionui.editor.edit");
    }
}
