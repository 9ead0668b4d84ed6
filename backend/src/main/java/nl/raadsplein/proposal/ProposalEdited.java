package nl.raadsplein.proposal;

/** Published inside the transaction in which its author changed a proposal (it may now wait for moderation). */
public record ProposalEdited(long proposalId) {}
