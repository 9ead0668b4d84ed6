package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction in which an account's owner set or cleared their profile text, so that the
 * moderation feature can queue a text that waits for it (ADR 6).
 *
 * @param state null when the text was cleared
 */
public record ProfileTextChanged(long accountId, @Nullable ProfileTextState state) {}
