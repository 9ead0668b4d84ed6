package nl.raadsplein.opendata.oparl;

import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.platform.NoSuchItemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's information as OParl 1.1 objects, for anyone without logging in: the entry (System, Body with its
 * council terms) and who the council is (the council, its committees, the parties, councillors and their
 * memberships, public fields only). Its meetings and papers are {@link OparlBusinessService}'s. Names of things are
 * in the council's language, Dutch, as the council's own record is.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class OparlService {

    private final OparlRepository oparl;
    private final OparlLinks links;
    private final OparlProperties properties;

    OparlService(OparlRepository oparl, OparlLinks links, OparlProperties properties) {
        this.oparl = oparl;
        this.links = links;
        this.properties = properties;
    }

    @PreAuthorize("permitAll()")
    public OparlSystem system() {
        return new OparlSystem(
                links.url(OparlPaths.SYSTEM),
                OparlLinks.SCHEMA + "System",
                OparlLinks.SCHEMA,
                links.url(OparlPaths.BODIES),
                "Raadsplein",
                links.url("/"),
                properties.license());
    }

    /** The one body: the municipality, with its council terms. */
    @PreAuthorize("permitAll()")
    public OparlBody body() {
        String body = links.url(OparlPaths.BODY);
        List<OparlLegislativeTerm> terms = oparl.terms().stream()
                .map(t -> new OparlLegislativeTerm(
                        links.url(OparlPaths.LEGISLATIVE_TERM + "/" + t.id()),
                        OparlLinks.SCHEMA + "LegislativeTerm",
                        body,
                        t.name(),
                        t.startsOn(),
                        t.endsOn(),
                        OparlLinks.time(t.createdAt()),
                        OparlLinks.time(t.createdAt())))
                .toList();
        return new OparlBody(
                body,
                OparlLinks.SCHEMA + "Body",
                links.url(OparlPaths.SYSTEM),
                properties.bodyName(),
                properties.bodyShortName(),
                links.url("/"),
                properties.license(),
                links.url(OparlPaths.ORGANIZATIONS),
                links.url(OparlPaths.PERSONS),
                links.url(OparlPaths.MEETINGS),
                links.url(OparlPaths.PAPERS),
                links.url(OparlPaths.AGENDA_ITEMS),
                links.url(OparlPaths.CONSULTATIONS),
                links.url(OparlPaths.FILES),
                terms,
                links.organizationUrl(OparlLinks.COUNCIL),
                links.url("/"));
    }

    @PreAuthorize("permitAll()")
    public OparlLegislativeTerm legislativeTerm(long id) {
        String wanted = links.url(OparlPaths.LEGISLATIVE_TERM + "/" + id);
        return body().legislativeTerm().stream()
                .filter(term -> term.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NoSuchItemException("council term " + id));
    }

    /**
     * The council, its committees and the parties. The council and the committees are no rows and have no times, so a
     * list asked for by time leaves them out; the parties are few and are paged in memory.
     */
    @PreAuthorize("permitAll()")
    public OparlItems<OparlOrganization> organizations(OparlFilter filter, OparlPage page) {
        List<OparlOrganization> all = new ArrayList<>();
        if (filter.none()) {
            all.add(council());
            all.add(committee());
        }
        oparl.parties(filter).forEach(p -> all.add(party(p)));
        int from = Math.min(page.offset(), all.size());
        return new OparlItems<>(all.subList(from, Math.min(from + page.limit(), all.size())), page, all.size());
    }

    /** {@code council}, {@code committee} or {@code party-<id>}. */
    @PreAuthorize("permitAll()")
    public OparlOrganization organization(String key) {
        if (key.equals(OparlLinks.COUNCIL)) {
            return council();
        }
        if (key.equals(OparlLinks.COMMITTEE)) {
            return committee();
        }
        if (key.startsWith(OparlLinks.PARTY)) {
            try {
                long id = Long.parseLong(key.substring(OparlLinks.PARTY.length()));
                return party(oparl.party(id).orElseThrow(() -> new NoSuchItemException("party " + id)));
            } catch (NumberFormatException e) {
                throw new NoSuchItemException("organization " + key);
            }
        }
        throw new NoSuchItemException("organization " + key);
    }

    @PreAuthorize("permitAll()")
    public OparlItems<OparlPerson> persons(OparlFilter filter, OparlPage page) {
        return new OparlItems<>(
                oparl.persons(filter, page.offset(), page.limit()).stream()
                        .map(this::person)
                        .toList(),
                page,
                oparl.countPersons(filter));
    }

    @PreAuthorize("permitAll()")
    public OparlPerson person(long id) {
        return person(oparl.person(id).orElseThrow(() -> new NoSuchItemException("person " + id)));
    }

    /** {@code council-<person>}: the councillor's seat; {@code party-<person>}: membership of their party. */
    @PreAuthorize("permitAll()")
    public OparlMembership membership(String key) {
        int dash = key.indexOf('-');
        long personId;
        try {
            personId = Long.parseLong(key.substring(dash + 1));
        } catch (NumberFormatException e) {
            throw new NoSuchItemException("membership " + key);
        }
        String wanted = links.url(OparlPaths.MEMBERSHIP + "/" + key);
        return person(personId).membership().stream()
                .filter(membership -> membership.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NoSuchItemException("membership " + key));
    }

    private OparlOrganization council() {
        return new OparlOrganization(
                links.organizationUrl(OparlLinks.COUNCIL),
                OparlLinks.SCHEMA + "Organization",
                links.url(OparlPaths.BODY),
                links.text("opendata.oparl.council"),
                null,
                "Gremium",
                links.text("opendata.oparl.council"),
                null,
                null);
    }

    private OparlOrganization committee() {
        return new OparlOrganization(
                links.organizationUrl(OparlLinks.COMMITTEE),
                OparlLinks.SCHEMA + "Organization",
                links.url(OparlPaths.BODY),
                links.text("opendata.oparl.committee"),
                null,
                "Gremium",
                links.text("opendata.oparl.committee"),
                null,
                null);
    }

    private OparlOrganization party(OparlRepository.PartyRow party) {
        return new OparlOrganization(
                links.organizationUrl(OparlLinks.PARTY + party.id()),
                OparlLinks.SCHEMA + "Organization",
                links.url(OparlPaths.BODY),
                party.name(),
                party.abbreviation(),
                "Fraktion",
                links.text("opendata.oparl.party"),
                OparlLinks.time(party.createdAt()),
                OparlLinks.time(party.createdAt()));
    }

    private OparlPerson person(OparlRepository.PersonRow person) {
        String id = links.url(OparlPaths.PERSON + "/" + person.id());
        Long partyId = person.partyId();
        String party = partyId == null ? null : links.organizationUrl(OparlLinks.PARTY + partyId);
        List<OparlMembership> memberships = new ArrayList<>();
        memberships.add(new OparlMembership(
                links.url(OparlPaths.MEMBERSHIP + "/" + OparlLinks.COUNCIL + "-" + person.id()),
                OparlLinks.SCHEMA + "Membership",
                id,
                links.organizationUrl(OparlLinks.COUNCIL),
                party,
                true));
        if (party != null) {
            memberships.add(new OparlMembership(
                    links.url(OparlPaths.MEMBERSHIP + "/" + OparlLinks.PARTY + person.id()),
                    OparlLinks.SCHEMA + "Membership",
                    id,
                    party,
                    null,
                    true));
        }
        return new OparlPerson(
                id,
                OparlLinks.SCHEMA + "Person",
                links.url(OparlPaths.BODY),
                person.name(),
                memberships,
                OparlLinks.time(person.createdAt()),
                OparlLinks.time(person.createdAt()));
    }
}
