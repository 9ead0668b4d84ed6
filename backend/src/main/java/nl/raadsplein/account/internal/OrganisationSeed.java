package nl.raadsplein.account.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that start-up code wants to exist.
 *
 * @param memberEmails the owner's address first, then the accepted members'
 */
public record OrganisationSeed(
        String name, String kvkNumber, @Nullable String website, boolean verified, List<String> memberEmails) {

    public OrganisationSeed {
        memberEmails = List.copyOf(memberEmails);
    }
}
