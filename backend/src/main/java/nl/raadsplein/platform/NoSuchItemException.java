package nl.raadsplein.platform;

/** What was asked for does not exist, or is not visible to the one asking: both read as a 404. */
public class NoSuchItemException extends RuntimeException {

    public NoSuchItemException(String what) {
        super(what);
    }
}
