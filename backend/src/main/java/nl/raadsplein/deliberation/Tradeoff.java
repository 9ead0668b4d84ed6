package nl.raadsplein.deliberation;

/** The trade-off between two of a discussion's values, in one plain sentence. */
public record Tradeoff(String valueA, String valueB, String sentence) {}
