package nl.raadsplein.moderation;

/**
 * A griffier's decision on an appeal, with the explanation the author gets, taken on the appeal's {@code version}
 * as the griffier saw it.
 */
public record AppealRuling(long appealId, AppealDecision decision, String text, int version) {}
