package nl.raadsplein.consultation.ui;

import com.vaadin.flow.component.html.Span;
import nl.raadsplein.consultation.Phase;

/** The phase in words, never by colour alone. */
public class PhaseBadge extends Span {

    public PhaseBadge(Phase phase) {
        setText(getTranslation("consultation.phase." + phase.name()));
        addClassNames("badge", "phase-" + phase.name().toLowerCase());
    }
}
