package nl.raadsplein.account;

/**
 * Where an account's "Over mij" text stands: shown to everyone, waiting for the griffie (shown to its owner only),
 * or hidden by moderation.
 */
public enum ProfileTextState {
    PUBLISHED,
    AWAITING_MODERATION,
    HIDDEN
}
