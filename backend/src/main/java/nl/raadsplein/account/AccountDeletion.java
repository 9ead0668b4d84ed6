package nl.raadsplein.account;

/** The owner deleting their account, proving it is them by the password. */
public record AccountDeletion(String password) {

    @Override
    public String toString() {
        return "AccountDeletion[]";
    }
}
