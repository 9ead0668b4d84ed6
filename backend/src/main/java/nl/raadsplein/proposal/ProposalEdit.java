package nl.raadsplein.proposal;

/**
 * The author changes a proposal. {@code version} is the one the author saw; {@code personalDataConfirmed} as in
 * {@link ProposalSubmission}.
 */
public record ProposalEdit(long proposalId, int version, ProposalDraft draft, boolean personalDataConfirmed) {}
