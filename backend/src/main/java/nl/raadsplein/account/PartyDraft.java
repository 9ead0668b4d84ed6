package nl.raadsplein.account;

/** A party's name and abbreviation as the griffie types them. */
public record PartyDraft(String name, String abbreviation) {}
