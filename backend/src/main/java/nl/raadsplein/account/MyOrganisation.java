package nl.raadsplein.account;

import java.util.List;

/**
 * An organisation as one of its members, or someone invited to it, sees it.
 *
 * @param member    the current account accepted and so may post for it; false while it is only invited
 * @param mayInvite the current account is an owner who accepted, and so may invite others
 * @param openInvitations the addresses invited and not yet accepted, as the owner typed them (lower case); empty for
 *     anyone who may not invite. An address is shown whether or not it has an account, so they reveal nothing.
 */
public record MyOrganisation(
        Organisation organisation, boolean member, boolean mayInvite, List<String> openInvitations) {

    public MyOrganisation {
        openInvitations = List.copyOf(openInvitations);
    }
}
