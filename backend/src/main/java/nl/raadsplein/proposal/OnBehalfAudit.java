package nl.raadsplein.proposal;

import nl.raadsplein.platform.AuditEntry;
import nl.raadsplein.platform.internal.AuditTrail;

/**
 * How the audit chain notes what the griffie entered on a resident's behalf (issue 10): the griffier acted, on which
 * proposal, through which channel, and for whom as a keyed pseudonym, never the resident's account number or name.
 */
final class OnBehalfAudit {

    static final String SUPPORT = "SUPPORT_ON_BEHALF";
    static final String PROPOSAL = "PROPOSAL_ON_BEHALF";

    private OnBehalfAudit() {}

    static void record(
            AuditTrail audit, String action, long griffierId, long proposalId, long residentId, EntryChannel channel) {
        audit.record(
                griffierId,
                action,
                "PROPOSAL",
                proposalId,
                null,
                AuditEntry.CHANNEL + "=" + channel + " " + AuditEntry.RESIDENT + "=" + audit.pseudonym(residentId));
    }
}
