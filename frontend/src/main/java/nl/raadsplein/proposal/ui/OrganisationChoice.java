package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.converter.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.raadsplein.account.Organisation;

/**
 * Writing as oneself or on behalf of an organisation: the choices of a select, and the organisation's id a draft
 * names for the choice made ({@code null} for oneself).
 */
final class OrganisationChoice {

    private final List<Optional<Organisation>> choices = new ArrayList<>();

    /**
     * Offers oneself and these organisations in the select, oneself chosen; none offers nothing.
     *
     * @param ownName the author's name, asked for only when there is a choice
     */
    OrganisationChoice(
            Select<Optional<Organisation>> select, List<Organisation> organisations, Supplier<String> ownName) {
        if (organisations.isEmpty()) {
            return;
        }
        String name = ownName.get();
        choices.add(Optional.empty());
        organisations.forEach(o -> choices.add(Optional.of(o)));
        select.setItems(choices);
        select.setItemLabelGenerator(
                o -> o.map(Organisation::name).orElse(select.getTranslation("proposalui.form.as-myself", name)));
        select.setValue(Optional.empty());
    }

    boolean offered() {
        return !choices.isEmpty();
    }

    /** The choice as an organisation's id, and back; an organisation no longer offered reads as oneself. */
    Converter<Optional<Organisation>, Long> ids() {
        return Converter.from(
                choice -> choice == null ? null : choice.map(Organisation::id).orElse(null),
                id -> choices.stream()
                        .filter(o -> o.isPresent() && id != null && o.get().id() == id)
                        .findFirst()
                        .orElse(offered() ? Optional.empty() : null),
                error -> error.getMessage());
    }
}
