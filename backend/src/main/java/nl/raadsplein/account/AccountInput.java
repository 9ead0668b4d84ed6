package nl.raadsplein.account;

import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.platform.TextInput;
import org.jspecify.annotations.Nullable;

/** The checks of what people type about their account, shared by the services that take it. */
final class AccountInput {

    static final int DISPLAY_NAME_LENGTH = 80;

    private AccountInput() {}

    /**
     * A display name: one line, and no contact data. It shows next to everything its owner posts, where no warning
     * can hold it back, so a name with a phone number, e-mail address, IBAN, BSN or address is refused outright.
     */
    static String displayName(@Nullable String value) {
        String name = TextInput.line("displayName", value, DISPLAY_NAME_LENGTH);
        if (PersonalDataDetector.containsPersonalData(name)) {
            throw new InvalidInputException("displayName", "account.error.display-name-personal-data");
        }
        return name;
    }

    static String language(@Nullable String language) {
        if (language == null || !"nl".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException("language", "account.error.language-unknown");
        }
        return language;
    }
}
