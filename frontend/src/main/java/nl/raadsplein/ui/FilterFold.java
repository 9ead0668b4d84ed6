package nl.raadsplein.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/**
 * A list's filters behind one "Filters" button that says how many are active, so that on a phone the list's first
 * screen shows content (issue 9). On a wider screen the stylesheet hides the button and keeps the filters open, so
 * the fold costs a desktop nothing; whether it is a phone is the browser's to know, not the server's.
 */
public class FilterFold extends Div {

    private final Button toggle = new Button();
    private final Div fields = new Div();
    private boolean open;
    private int active;

    public FilterFold(Component... filters) {
        addClassName("filter-fold");
        fields.add(filters);
        fields.addClassName("filters");
        fields.setId("filters-" + UUID.randomUUID());
        toggle.addClassName("filter-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.setIcon(VaadinIcon.SLIDERS.create());
        toggle.getElement().setAttribute("aria-controls", fields.getId().orElseThrow());
        toggle.addClickListener(e -> setOpen(!open));
        add(toggle, fields);
        setOpen(false);
    }

    /** Shows on the button how many filters narrow the list now. */
    public void showActive(int count) {
        active = count;
        label();
    }

    public void setOpen(boolean open) {
        this.open = open;
        setClassName("open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        label();
    }

    public boolean isOpen() {
        return open;
    }

    private void label() {
        toggle.setText(active == 0 ? getTranslation("shell.filters") : getTranslation("shell.filters-active", active));
    }
}
