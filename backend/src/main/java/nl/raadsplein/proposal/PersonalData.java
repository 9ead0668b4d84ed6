package nl.raadsplein.proposal;

import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.PersonalDataDetector;
import org.jspecify.annotations.Nullable;

/**
 * What to do with personal data in a text about to be published. The services look for themselves, whatever a
 * form did before: a caller cannot skip the warning.
 */
enum PersonalData {
    /** Refuse a text with personal data: the author has not confirmed yet. */
    REFUSE,
    /** The author saw the warning and posts anyway: the text waits for moderation. */
    MODERATE,
    /** Not looked for: the griffie enters what a resident handed in. */
    ALLOW;

    /** Whether the author confirmed the warning: the text then waits for moderation, otherwise it is refused. */
    static PersonalData confirmed(boolean confirmed) {
        return confirmed ? MODERATE : REFUSE;
    }

    /**
     * Whether the title (null for a comment) or the body holds personal data that moderation must see first.
     * A refusal names the field where it was found.
     */
    boolean foundIn(@Nullable String title, String body) {
        if (this == ALLOW) {
            return false;
        }
        String field = title != null && PersonalDataDetector.containsPersonalData(title)
                ? "title"
                : PersonalDataDetector.containsPersonalData(body) ? "body" : null;
        if (field != null && this == REFUSE) {
            throw new InvalidInputException(field, "personaldata.error.confirm-needed");
        }
        return field != null;
    }
}
