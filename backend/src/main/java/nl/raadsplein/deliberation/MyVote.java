package nl.raadsplein.deliberation;

/** One of the participant's votes, as the list of votes to change shows it. */
public record MyVote(long statementId, String text, Stance stance) {}
