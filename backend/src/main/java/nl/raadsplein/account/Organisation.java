package nl.raadsplein.account;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organisation residents post for, such as a neighbourhood association.
 *
 * @param verified whether the griffie checked it against the trade register (KvK)
 * @param members  owners first, then by name
 */
public record Organisation(
        long id,
        String name,
        String kvkNumber,
        @Nullable String website,
        boolean verified,
        List<Member> members,
        int version) {

    public Organisation {
        members = List.copyOf(members);
    }

    /** An account that accepted its invitation (or created the organisation). */
    public record Member(long accountId, String displayName, OrganisationRole role) {}
}
