package nl.raadsplein.moderation;

/** An author's appeal against a decision ({@code actionId}), with their reasons. */
public record Appeal(long actionId, String text) {}
