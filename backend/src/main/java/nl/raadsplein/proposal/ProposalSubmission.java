package nl.raadsplein.proposal;

/**
 * A resident submits a proposal to a consultation. {@code personalDataConfirmed}: the author saw the warning that
 * the title or text looks like it holds personal data, and submits anyway.
 */
public record ProposalSubmission(long consultationId, ProposalDraft draft, boolean personalDataConfirmed) {}
