package nl.raadsplein.motion;

/**
 * What has happened under one agenda theme, as its page shows it: consultations linked to it, public proposals on
 * its digital topics and their supports, published value discussions, and motions submitted to the council with
 * how many it adopted and rejected (a tie rejects).
 */
public record ThemeFigures(
        int consultations, int proposals, int supports, int discussions, int motions, int adopted, int rejected) {}
