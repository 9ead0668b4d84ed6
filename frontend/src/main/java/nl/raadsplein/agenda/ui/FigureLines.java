package nl.raadsplein.agenda.ui;

import java.util.List;
import nl.raadsplein.motion.ThemeFigures;

/**
 * A theme's figures in the order every page shows them, each with the message key of its name and the series it
 * belongs to in a chart: residents' participation, the council's motions, the executive's promises.
 */
record FigureLines(String key, int count, int series) {

    static final int PARTICIPATION = 0;
    static final int MOTIONS = 1;
    static final int FOLLOW_UPS = 2;

    static List<FigureLines> of(ThemeFigures f) {
        return List.of(
                new FigureLines("agenda.theme.figures.consultations", f.consultations(), PARTICIPATION),
                new FigureLines("agenda.theme.figures.proposals", f.proposals(), PARTICIPATION),
                new FigureLines("agenda.theme.figures.supports", f.supports(), PARTICIPATION),
                new FigureLines("agenda.theme.figures.discussions", f.discussions(), PARTICIPATION),
                new FigureLines("agenda.theme.figures.motions", f.motions(), MOTIONS),
                new FigureLines("agenda.theme.figures.adopted", f.adopted(), MOTIONS),
                new FigureLines("agenda.theme.figures.rejected", f.rejected(), MOTIONS),
                new FigureLines("agenda.theme.figures.followups-open", f.followUpsOpen(), FOLLOW_UPS),
                new FigureLines("agenda.theme.figures.followups-overdue", f.followUpsOverdue(), FOLLOW_UPS));
    }
}
