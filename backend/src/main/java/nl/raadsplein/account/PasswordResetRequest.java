package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;

/** Asking for a reset link by mail; {@code clientIp} the address the request came from, for the mail limits. */
public record PasswordResetRequest(String email, @Nullable String clientIp) {}
