package nl.raadsplein.proposal;

/** Published once per proposal, inside the one transaction whose support moved it from PUBLISHED to FOR_COUNCIL. */
public record ProposalReachedThreshold(long proposalId, long consultationId, long authorId, String title) {}
