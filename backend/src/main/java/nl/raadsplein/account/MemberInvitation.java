package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;

/**
 * An owner inviting an address to an organisation; {@code clientIp} the address the request came from, for the
 * mail limits.
 */
public record MemberInvitation(
        long organisationId, String email, @Nullable String clientIp) {}
