package nl.raadsplein.account;

/** What a member may do for an organisation: an owner also invites others; the last owner cannot leave. */
public enum OrganisationRole {
    OWNER,
    MEMBER
}
