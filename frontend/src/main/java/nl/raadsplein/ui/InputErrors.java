package nl.raadsplein.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
