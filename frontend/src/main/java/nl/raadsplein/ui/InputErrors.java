package nl.raadsplein.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import nl.raadsplein.platform.InvalidInputException;

/** Shows a refusal from a service next to the field it concerns, in the user's language. */
public final class InputErrors {

    private InputErrors() {
    }

    public static void show(Component view, InvalidInputException error, Map<String, ? extends HasValidation> fields) {
        String message = view.getTranslation(error.messageKey(), error.arguments());
        HasValidation field = fields.get(error.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            showNotification(message);
        }
    }

    /**
     * As {@link #show(Component, InvalidInputException, Map)}, but a refusal that concerns none of the fields
     * goes into {@code message}: in a dialog a notification would sit behind the modal.
     */
    public static void show(Component view, InvalidInputException error, Map<String, ? extends HasValidation> fields,
            Component message) {
        if (fields.containsKey(error.field())) {
            show(view, error, fields);
        } else {
            message.getElement().setText(view.getTranslation(error.messageKey(), error.arguments()));
            message.setVisible(true);
        }
    }

    /**
     * Shows a refusal on the field bound to the property it names (the binder's property names are the command
     * record's components, the same names the service uses), or in a notification when no field is bound to it.
     */
    public static void show(Component view, InvalidInputException error, Binder<?> binder) {
        String message = view.getTranslation(error.messageKey(), error.arguments());
        binder.getBinding(error.field())
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .ifPresentOrElse(field -> {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }, () -> showNotification(message));
    }

    /**
     * As {@link #show(Component, InvalidInputException, Binder)}, but a refusal that concerns none of the bound
     * fields goes into {@code message}: in a dialog a notification would sit behind the modal.
     */
    public static void show(Component view, InvalidInputException error, Binder<?> binder, Component message) {
        if (binder.getBinding(error.field()).isPresent()) {
            show(view, error, binder);
        } else {
            message.getElement().setText(view.getTranslation(error.messageKey(), error.arguments()));
            message.setVisible(true);
        }
    }

    /** Takes the marks of an earlier refusal off the fields of a binder. */
    public static void clear(Binder<?> binder) {
        binder.getFields()
                .filter(HasValidation.class::isInstance)
                .forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
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
