package nl.raadsplein.platform.internal;

import java.util.List;

/**
 * What one feature holds on an account, for the owner's download (AVG articles 15 and 20). Each feature that keeps
 * personal data implements it over its own tables, so that the account feature gathers the download without
 * knowing the other features.
 */
public interface PersonalDataExport {

    /** The feature's tables on this account, in a read-only transaction of the caller. */
    List<PersonalDataTable> export(long accountId);
}
