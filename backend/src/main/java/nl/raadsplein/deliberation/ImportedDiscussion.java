package nl.raadsplein.deliberation;

/** What an import brought in: the new discussion and how many of each it holds. */
public record ImportedDiscussion(long discussionId, int statements, int hidden, int participants, int votes) {}
