package nl.raadsplein.platform;

/** Someone else changed the item since it was read; the user should reload and try again. */
public class ConcurrentChangeException extends InvalidInputException {

    public ConcurrentChangeException() {
        super("version", "error.concurrent-change");
    }
}
