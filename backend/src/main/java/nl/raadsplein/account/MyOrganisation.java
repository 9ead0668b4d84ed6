package nl.raadsplein.account;

/**
 * An organisation as one of its members, or someone invited to it, sees it.
 *
 * @param member    the current account accepted and so may post for it; false while it is only invited
 * @param mayInvite the current account is an owner who accepted, and so may invite others
 */
public record MyOrganisation(Organisation organisation, boolean member, boolean mayInvite) {}
