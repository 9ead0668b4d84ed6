package nl.raadsplein.proposal;

/** J7: the griffie enters a proposal for a resident who called, came to the desk or wrote a letter. */
public record ProposalOnBehalf(
        long residentAccountId, EntryChannel channel, long consultationId, ProposalDraft draft) {}
