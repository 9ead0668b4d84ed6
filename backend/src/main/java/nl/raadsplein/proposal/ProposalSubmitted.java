package nl.raadsplein.proposal;

/** Published inside the transaction that stored a new proposal (also one entered by the griffie). */
public record ProposalSubmitted(long proposalId, long consultationId, long authorId, String title) {}
