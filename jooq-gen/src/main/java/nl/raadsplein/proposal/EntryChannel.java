package nl.raadsplein.proposal;

/** How a resident who is not online reached the griffie, which entered their proposal or support (J7). */
public enum EntryChannel {
    PHONE,
    DESK,
    LETTER
}
