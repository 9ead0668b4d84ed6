package nl.raadsplein.account;

/**
 * An organisation as someone registers it.
 *
 * @param kvkNumber its number in the trade register: eight digits, spaces allowed
 * @param website   optional; http or https only
 */
public record OrganisationDraft(String name, String kvkNumber, String website) {
}
