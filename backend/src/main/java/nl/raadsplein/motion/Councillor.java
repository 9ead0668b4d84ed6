package nl.raadsplein.motion;

/** A councillor with the party they sit for, to invite as co-signer or to record in a roll call. */
public record Councillor(long accountId, String name, long partyId, String party) {}
