package nl.raadsplein.moderation.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The moderation forms bind their fields to the components of the service's command record, so that a refusal
 * lands on the field it names; what no field edits (the item concerned, the version it was read at) is bound as
 * a fixed value, because a binder writes a record only with every component bound.
 */
final class Commands {

    private Commands() {}

    static <T> ReadOnlyHasValue<T> fixed(T value) {
        ReadOnlyHasValue<T> fixed = new ReadOnlyHasValue<>(ignored -> {});
        fixed.setValue(value);
        return fixed;
    }

    /** The command as the form holds it; the service, not the form, checks what was filled in. */
    static <T> T of(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException unexpected) {
            throw new IllegalStateException("a moderation form has no validators of its own", unexpected);
        }
    }
}
