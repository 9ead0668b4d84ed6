package nl.raadsplein.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as anyone may see it on its public page; never its e-mail address.
 *
 * @param publicId  the opaque id in the page's address
 * @param text      the "Over mij" text; null when there is none, or when it is hidden or waiting and the viewer is
 *                  neither its owner nor the griffie
 * @param textState where the text stands; null when there is none
 * @param mine      the viewer is this account, who may edit it
 * @param mayReport the viewer may report it: logged in, and not its owner
 */
public record PublicProfile(
        long accountId,
        String publicId,
        String displayName,
        Instant memberSince,
        boolean verifiedResident,
        @Nullable String text,
        @Nullable ProfileTextState textState,
        boolean mine,
        boolean mayReport) {}
