package nl.raadsplein.account;

import static nl.raadsplein.account.CensusFixtures.csv;
import static nl.raadsplein.account.CensusFixtures.reader;
import static nl.raadsplein.account.CensusFixtures.uniqueFacts;
import static nl.raadsplein.account.CensusFixtures.uniqueKvkNumber;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.raadsplein.account.CensusFixtures.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

/** Who may use residency verification and organisations: each method for each kind of user. */
class ResidencyAuthorisationTest extends AccountTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "ANONYMOUS, importCensus, false",
        "RESIDENT, importCensus, false",
        "COUNCILLOR, importCensus, false",
        "GRIFFIER, importCensus, true",
        "ADMIN, importCensus, true",
        "ANONYMOUS, verifyResidency, false",
        "RESIDENT, verifyResidency, true",
        "COUNCILLOR, verifyResidency, true",
        "GRIFFIER, verifyResidency, true",
        "ADMIN, verifyResidency, true",
        "ANONYMOUS, verifyAtDesk, false",
        "RESIDENT, verifyAtDesk, false",
        "COUNCILLOR, verifyAtDesk, false",
        "GRIFFIER, verifyAtDesk, true",
        "ADMIN, verifyAtDesk, false",
        "ANONYMOUS, isVerified, false",
        "RESIDENT, isVerified, true",
        "COUNCILLOR, isVerified, true",
        "GRIFFIER, isVerified, true",
        "ADMIN, isVerified, true",
        "ANONYMOUS, residentForAssistance, false",
        "RESIDENT, residentForAssistance, false",
        "COUNCILLOR, residentForAssistance, false",
        "GRIFFIER, residentForAssistance, true",
        "ADMIN, residentForAssistance, false",
        "ANONYMOUS, createOrganisation, false",
        "RESIDENT, createOrganisation, true",
        "COUNCILLOR, createOrganisation, true",
        "GRIFFIER, createOrganisation, true",
        "ADMIN, createOrganisation, true",
        "ANONYMOUS, inviteMember, false",
        "RESIDENT, inviteMember, true",
        "COUNCILLOR, inviteMember, true",
        "GRIFFIER, inviteMember, true",
        "ADMIN, inviteMember, true",
        "ANONYMOUS, acceptInvitation, false",
        "RESIDENT, acceptInvitation, true",
        "COUNCILLOR, acceptInvitation, true",
        "GRIFFIER, acceptInvitation, true",
        "ADMIN, acceptInvitation, true",
        "ANONYMOUS, leaveOrganisation, false",
        "RESIDENT, leaveOrganisation, true",
        "COUNCILLOR, leaveOrganisation, true",
        "GRIFFIER, leaveOrganisation, true",
        "ADMIN, leaveOrganisation, true",
        "ANONYMOUS, myOrganisations, false",
        "RESIDENT, myOrganisations, true",
        "COUNCILLOR, myOrganisations, true",
        "GRIFFIER, myOrganisations, true",
        "ADMIN, myOrganisations, true",
        "ANONYMOUS, organisationsAwaitingVerification, false",
        "RESIDENT, organisationsAwaitingVerification, false",
        "COUNCILLOR, organisationsAwaitingVerification, false",
        "GRIFFIER, organisationsAwaitingVerification, true",
        "ADMIN, organisationsAwaitingVerification, true",
        "ANONYMOUS, verifyOrganisation, false",
        "RESIDENT, verifyOrganisation, false",
        "COUNCILLOR, verifyOrganisation, false",
        "GRIFFIER, verifyOrganisation, true",
        "ADMIN, verifyOrganisation, true",
        "ANONYMOUS, isMemberOf, false",
        "RESIDENT, isMemberOf, true",
        "COUNCILLOR, isMemberOf, true",
        "GRIFFIER, isMemberOf, true",
        "ADMIN, isMemberOf, true",
        "ANONYMOUS, organisation, true",
        "RESIDENT, organisation, true",
        "COUNCILLOR, organisation, true",
        "GRIFFIER, organisation, true",
        "ADMIN, organisation, true",
    })
    void each_role_may_do_only_what_it_is_allowed(String actor, String action, boolean allowed) {
        Facts facts = uniqueFacts();
        testAccounts.signInAs(Role.GRIFFIER);
        residency.importCensus(reader(csv(facts)));
        AccountPrincipal plain = testAccounts.create();
        AccountPrincipal owner = testAccounts.signInAs();
        long organisation = organisations.createOrganisation(
                new OrganisationDraft(OrganisationsTest.uniqueName("Vereniging"), uniqueKvkNumber(), null));

        AccountPrincipal me = null;
        if (actor.equals("ANONYMOUS")) {
            TestAccounts.signInAnonymously();
        } else {
            me = testAccounts.create(Role.valueOf(actor));
            TestAccounts.signIn(owner);
            organisations.inviteMember(new MemberInvitation(organisation, me.email(), uniqueIp()));
            TestAccounts.signIn(me);
        }
        long mine = me == null
                ? organisation
                : organisations.createOrganisation(
                        new OrganisationDraft(OrganisationsTest.uniqueName("Eigen"), uniqueKvkNumber(), null));
        Runnable call = switch (action) {
            case "importCensus" -> () -> residency.importCensus(reader(csv(uniqueFacts())));
            case "verifyResidency" ->
                () -> residency.verifyResidency(
                        new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth()));
            case "verifyAtDesk" -> () -> residency.verifyAtDesk(plain.accountId());
            case "isVerified" -> residency::isVerified;
            case "residentForAssistance" ->
                () -> residency.residentForAssistance(new AssistedResident(
                        facts.postcode(), facts.houseNumber(), facts.dateOfBirth(), "Offline Inwoner"));
            case "createOrganisation" ->
                () -> organisations.createOrganisation(new OrganisationDraft(
                        OrganisationsTest.uniqueName("Nieuw"), uniqueKvkNumber(), "https://nieuw.example"));
            case "inviteMember" ->
                () -> organisations.inviteMember(new MemberInvitation(mine, plain.email(), uniqueIp()));
            case "acceptInvitation" -> () -> organisations.acceptInvitation(organisation);
            case "leaveOrganisation" -> () -> organisations.leaveOrganisation(organisation);
            case "myOrganisations" -> organisations::myOrganisations;
            case "organisationsAwaitingVerification" -> organisations::organisationsAwaitingVerification;
            case "verifyOrganisation" -> () -> organisations.verifyOrganisation(organisation);
            case "isMemberOf" -> () -> organisations.isMemberOf(organisation);
            case "organisation" -> () -> organisations.organisation(organisation);
            default -> throw new IllegalArgumentException(action);
        };
        if (allowed) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }
}
