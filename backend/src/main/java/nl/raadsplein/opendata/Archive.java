package nl.raadsplein.opendata;

/** An archive export: the name to save it under and the ZIP. */
public record Archive(String fileName, byte[] zip) {}
