package nl.raadsplein.account;

/** What someone fills in to create an account; {@code language} is "nl" or "en". */
public record Registration(String displayName, String email, String password, String language) {

    @Override
    public String toString() {
        return "Registration[displayName=" + displayName + ", email=" + email + ", language=" + language + "]";
    }
}
