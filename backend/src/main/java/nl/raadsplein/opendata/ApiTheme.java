package nl.raadsplein.opendata;

import nl.raadsplein.platform.LocalizedText;

/** A theme of the Digitale Agenda Gemeenten with the topic and goal it belongs to. */
public record ApiTheme(String code, LocalizedText name, boolean highlighted, String topicCode, String goalCode) {}
