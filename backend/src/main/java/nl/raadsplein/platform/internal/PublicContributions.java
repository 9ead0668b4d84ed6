package nl.raadsplein.platform.internal;

/**
 * Whether an account has something everyone may see under its name, so that its public page may be shown to others
 * (issue 10: the page of an account that never posted anything public would only tell that the account exists). Each
 * feature whose public content links to its author's page implements it over its own tables.
 */
public interface PublicContributions {

    /** In a read-only transaction of the caller. */
    boolean any(long accountId);
}
