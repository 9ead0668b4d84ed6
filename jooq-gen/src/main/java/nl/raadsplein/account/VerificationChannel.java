package nl.raadsplein.account;

/** How an account was shown to belong to a resident: a match in the census, or an ID document at the desk. */
public enum VerificationChannel {
    CENSUS,
    DESK
}
