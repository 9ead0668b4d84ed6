package nl.raadsplein.deliberation;

/** Who may take part in a value discussion. */
public enum Eligibility {
    LOGGED_IN,
    VERIFIED_RESIDENTS
}
