package nl.raadsplein.proposal;

/** Published inside the transaction that stored the griffie's official answer. */
public record ProposalAnswered(long proposalId, long authorId, String title, AnswerKind kind) {}
