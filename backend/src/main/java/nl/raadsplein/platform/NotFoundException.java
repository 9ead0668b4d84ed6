package nl.raadsplein.platform;

/** What was asked for does not exist, or is not visible to the one asking: both read as a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
