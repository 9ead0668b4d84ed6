package nl.raadsplein.platform;

import java.util.Objects;

/**
 * Something in a text that looks like personal data: what kind, where ({@code start} inclusive, {@code end}
 * exclusive, as {@link String} indexes) and the text found there.
 */
public record PersonalDataFinding(Kind kind, int start, int end, String excerpt) {

    /** The kinds of personal data the {@link PersonalDataDetector} recognises. */
    public enum Kind {
        /** A burgerservicenummer: nine digits passing the elfproef. */
        BSN,
        /** A bank account number (IBAN) with a valid mod-97 check. */
        IBAN,
        /** A Dutch telephone number, mobile or landline, national or international. */
        PHONE,
        /** An e-mail address. */
        EMAIL,
        /** A Dutch postcode together with a house number: an address, not just a neighbourhood. */
        POSTCODE_HOUSE_NUMBER
    }

    public PersonalDataFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(excerpt, "excerpt");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("start " + start + ", end " + end);
        }
    }
}
