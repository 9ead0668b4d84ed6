package nl.raadsplein.account;

/** A party in the municipal council; inactive parties stay for history but take no new councillors. */
public record Party(long id, String name, String abbreviation, boolean active, int version) {}
