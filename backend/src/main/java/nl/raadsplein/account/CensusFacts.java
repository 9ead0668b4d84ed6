package nl.raadsplein.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The three facts of a census entry, normalised so that the way someone types them does not matter:
 * "1234 ab" is 1234AB, "12 a" is 12A, "12-2" stays 12-2 (so it never equals 122).
 *
 * @param postcode    four digits (not starting with 0) and two capitals
 * @param houseNumber 1 to 99999, then an addition of up to four letters or digits; an addition that starts with a
 *                    digit is joined with a hyphen
 */
record CensusFacts(String postcode, String houseNumber, LocalDate dateOfBirth) {

    static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) *([A-Za-z]{2})");
    private static final Pattern HOUSE_NUMBER =
            Pattern.compile("([1-9][0-9]{0,4})(?![0-9])([ -]?[A-Za-z0-9][A-Za-z0-9 -]*)?");
    private static final Pattern ADDITION = Pattern.compile("[A-Z0-9]{1,4}");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DUTCH =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Checks and normalises what a resident typed; refusals name the form field. */
    static CensusFacts of(
            @Nullable String postcode, @Nullable String houseNumber, @Nullable LocalDate dateOfBirth, Clock clock) {
        return new CensusFacts(postcode(postcode), houseNumber(houseNumber), dateOfBirth(dateOfBirth, clock));
    }

    /** The text the keyed hash is taken of. */
    String canonical() {
        return postcode + "|" + houseNumber + "|" + dateOfBirth;
    }

    static String postcode(@Nullable String value) {
        Matcher matcher = value == null ? null : POSTCODE.matcher(value.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("postcode", "account.error.postcode-malformed");
        }
        return matcher.group(1) + matcher.group(2).toUpperCase(Locale.ROOT);
    }

    static String houseNumber(@Nullable String value) {
        Matcher matcher = value == null ? null : HOUSE_NUMBER.matcher(value.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("houseNumber", "account.error.house-number-malformed");
        }
        String addition = matcher.group(2) == null
                ? ""
                : matcher.group(2).replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (addition.isEmpty()) {
            return matcher.group(1);
        }
        if (!ADDITION.matcher(addition).matches()) {
            throw new InvalidInputException("houseNumber", "account.error.house-number-malformed");
        }
        return matcher.group(1) + (Character.isDigit(addition.charAt(0)) ? "-" : "") + addition;
    }

    static LocalDate dateOfBirth(@Nullable LocalDate date, Clock clock) {
        if (date == null) {
            throw new InvalidInputException("dateOfBirth", "error.required");
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.ofInstant(clock.instant(), MUNICIPALITY_ZONE))) {
            throw new InvalidInputException("dateOfBirth", "account.error.date-of-birth-out-of-range");
        }
        return date;
    }

    /** A date as the census file writes it: 1980-12-31 or 31-12-1980. */
    static LocalDate parseDate(@Nullable String value, Clock clock) {
        String text = value == null ? "" : value.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, DUTCH}) {
            try {
                return dateOfBirth(LocalDate.parse(text, format), clock);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        throw new InvalidInputException("dateOfBirth", "account.error.date-of-birth-malformed");
    }
}
