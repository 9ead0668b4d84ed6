package nl.raadsplein.account;

/** A new password chosen with the token of a mailed reset link. */
public record PasswordReset(String token, String password) {

    @Override
    public String toString() {
        return "PasswordReset[]";
    }
}
