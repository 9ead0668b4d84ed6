package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as someone registers it.
 *
 * @param kvkNumber its number in the trade register: eight digits, spaces allowed
 * @param website   optional; http or https only
 */
public record OrganisationDraft(
        String name, String kvkNumber, @Nullable String website) {}
