package nl.raadsplein.account;

/** What an account may do. Every account is a resident; the other roles are appointed. */
public enum Role {
    RESIDENT,
    COUNCILLOR,
    GRIFFIER,
    ADMIN;

    /** The Spring Security authority, as {@code hasRole(...)} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
