package nl.raadsplein.motion;

/**
 * What has happened under one agenda theme, as its page and the agenda's overview show it: consultations linked to
 * it, public proposals on its digital topics and their supports, published value discussions, motions submitted to
 * the council with how many it adopted and rejected (a tie rejects), and the executive's promises after adopted
 * motions that are not yet kept, and of those the ones past their due day. {@link FiguresPeriod} says how each is
 * dated.
 */
public record ThemeFigures(
        int consultations,
        int proposals,
        int supports,
        int discussions,
        int motions,
        int adopted,
        int rejected,
        int followUpsOpen,
        int followUpsOverdue) {}
