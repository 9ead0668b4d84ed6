package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;

/**
 * What an account's owner writes as their "Over mij" text; blank clears it.
 *
 * @param personalDataConfirmed the owner saw the warning about personal data in the text and wants it saved
 */
public record ProfileTextDraft(@Nullable String profileText, boolean personalDataConfirmed) {}
