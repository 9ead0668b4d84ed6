package nl.raadsplein.account;

import java.util.List;

/**
 * What the current account may do with one account's roles; see {@link RoleService#permissions}.
 *
 * @param revocable the roles it may take away, in the order the account holds them
 * @param verifyAtDesk whether it may mark the account verified at the desk (a griffier, an unverified account)
 */
public record RolePermissions(
        boolean appointGriffier, boolean appointAdministrator, List<Role> revocable, boolean verifyAtDesk) {

    public RolePermissions {
        revocable = List.copyOf(revocable);
    }
}
