package nl.raadsplein.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Optional;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Shows a refusal from a service next to the field it concerns, in the user's language. */
public final class InputErrors {

    private InputErrors() {}

    /**
     * Shows a refusal on the field bound to the property it names (the binder's property names are the command
     * record's components, the same names the service uses), or in a notification when no field is bound to it.
     */
    public static void show(Component view, InvalidInputException error, Binder<?> binder) {
        String message = view.getTranslation(error.messageKey(), error.arguments());
        field(binder, error.field())
                .ifPresentOrElse(
                        field -> {
                            field.setErrorMessage(message);
                            field.setInvalid(true);
                        },
                        () -> showNotification(message));
    }

    /**
     * As {@link #show(Component, InvalidInputException, Binder)}, but a refusal that concerns none of the bound
     * fields goes into {@code message}: in a dialog a notification would sit behind the modal.
     */
    public static void show(Component view, InvalidInputException error, Binder<?> binder, Component message) {
        if (field(binder, error.field()).isPresent()) {
            show(view, error, binder);
        } else {
            message.getElement().setText(view.getTranslation(error.messageKey(), error.arguments()));
            message.setVisible(true);
        }
    }

    /**
     * A value no field edits (the item concerned, the version it was read at), bound to its component of the
     * command record: a binder writes a record only with every component bound.
     */
    public static <T> ReadOnlyHasValue<T> fixed(@Nullable T value) {
        ReadOnlyHasValue<T> fixed = new ReadOnlyHasValue<>(ignored -> {});
        fixed.setValue(value);
        return fixed;
    }

    /**
     * A component no field of its own edits, read when the record is written: the address of the request that
     * submits the form, or a value the form puts together from several fields. A refusal that names it goes to the
     * notification or the form's message, as one that names no field.
     */
    public static <T> ReadOnlyHasValue<T> current(SerializableSupplier<@Nullable T> value) {
        return new ReadOnlyHasValue<>(ignored -> {}) {
            @Override
            public @Nullable T getValue() {
                return value.get();
            }
        };
    }

    /**
     * The command record the binder's fields make. The forms add no validators of their own: the service checks,
     * and its refusal lands on the field. A field's built-in check (an e-mail field's pattern) does not stop the
     * attempt either, so that the service's message is the one shown.
     */
    public static <T> T record(Binder<T> binder) {
        boolean disabled = binder.isValidatorsDisabled();
        binder.setValidatorsDisabled(true);
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("A form binder refused its fields with its validators disabled", e);
        } finally {
            binder.setValidatorsDisabled(disabled);
        }
    }

    /** Takes the refusals shown on the binder's fields away again, before the next attempt. */
    public static void clear(Binder<?> binder) {
        binder.getFields()
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .forEach(field -> field.setInvalid(false));
    }

    private static Optional<HasValidation> field(Binder<?> binder, String property) {
        return binder.getBinding(property)
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast);
    }

    public static void showNotification(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void confirm(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
