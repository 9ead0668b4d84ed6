package nl.raadsplein.account;

/** A logged-in account's owner changing their password, proving they know the current one. */
public record PasswordChange(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[]";
    }
}
