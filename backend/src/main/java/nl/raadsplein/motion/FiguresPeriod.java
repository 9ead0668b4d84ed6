package nl.raadsplein.motion;

import org.jspecify.annotations.Nullable;

/**
 * The stretch of time the agenda's figures cover: all time (both null), a council term (from its first day up to, not
 * including, its last, as meetings are placed in terms, so that adjacent terms never count a thing twice) or a
 * calendar year; days as the municipality counts them (Europe/Amsterdam).
 *
 * <p>Each figure is dated by the moment it became what it counts:
 *
 * <ul>
 *   <li>a consultation by the start of its information phase, when it opened to residents (it has no draft state);
 *   <li>a proposal by its submission ({@code created_at}), so that one awaiting moderation for a while still counts in
 *       the period residents wrote it; each support by the moment it was given, not by its proposal's date;
 *   <li>a value discussion by its opening;
 *   <li>a motion by its submission to the council; adopted and rejected count among the motions submitted in the
 *       period, whenever the vote fell, so that they never exceed the motions submitted;
 *   <li>an open follow-up (a promise after an adopted motion, not done) by the day the griffie recorded it; an overdue
 *       one (not done, due before today) by its due day, so that a year shows what fell due in it and was not kept.
 * </ul>
 */
public record FiguresPeriod(@Nullable Long termId, @Nullable Integer year) {

    public static final FiguresPeriod ALL_TIME = new FiguresPeriod(null, null);

    /** The earliest and latest years a period may name; the database keeps no dates outside them. */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 9998;

    public FiguresPeriod {
        if (termId != null && year != null) {
            throw new IllegalArgumentException("a period is a council term or a year, not both");
        }
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new IllegalArgumentException("year " + year);
        }
    }

    public static FiguresPeriod term(long termId) {
        return new FiguresPeriod(termId, null);
    }

    public static FiguresPeriod year(int year) {
        return new FiguresPeriod(null, year);
    }
}
