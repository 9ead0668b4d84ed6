package nl.raadsplein.proposal;

/** Published inside the transaction in which the griffie approved a proposal that was never public before. */
public record ProposalApproved(long proposalId, long consultationId, long authorId, String title) {}
