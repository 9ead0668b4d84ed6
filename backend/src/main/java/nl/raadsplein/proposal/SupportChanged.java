package nl.raadsplein.proposal;

/**
 * Published inside the transaction that added or withdrew a support row; never for a repeated (no-op) click.
 * {@code supportCount} is the count after the change.
 */
public record SupportChanged(long proposalId, long accountId, boolean supported, int supportCount) {}
