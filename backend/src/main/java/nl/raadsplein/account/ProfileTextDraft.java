package nl.raadsplein.account;

/**
 * What an account's owner writes as their "Over mij" text; blank clears it.
 *
 * @param personalDataConfirmed the owner saw the warning about personal data in the text and wants it saved
 */
public record ProfileTextDraft(String profileText, boolean personalDataConfirmed) {
}
