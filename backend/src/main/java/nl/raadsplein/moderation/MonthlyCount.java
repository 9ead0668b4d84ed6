package nl.raadsplein.moderation;

import java.time.YearMonth;

/** How often an action was taken for a reason in a month (UTC), for the public log. */
public record MonthlyCount(YearMonth month, ModerationAction action, ModerationReason reason, int count) {}
