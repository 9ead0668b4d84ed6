package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.motion.MotionSummary;

/**
 * The section a proposal's, consultation's or value discussion report's page shows once motions cite it: each
 * motion with its state or the council's result. Empty (and invisible) while none does.
 */
public class CitingMotions extends Section {

    public CitingMotions(MotionQueries motions, CitationKind kind, long id) {
        addClassName("citing-motions");
        List<MotionSummary> citing = motions.citing(kind, id);
        setVisible(!citing.isEmpty());
        if (citing.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("motionui.citing.title")));
        UnorderedList list = new UnorderedList();
        citing.forEach(m -> list.add(MotionUi.item(this, m)));
        add(list);
    }
}
