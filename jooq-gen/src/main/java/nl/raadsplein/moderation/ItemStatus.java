package nl.raadsplein.moderation;

/** Whether an item is in the griffie's queue (open reports, or waiting for pre-moderation) or out of it. */
public enum ItemStatus {
    OPEN,
    CLOSED
}
