package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Fields and marks the residency and organisation views share. */
final class ResidencyTexts {

    private ResidencyTexts() {}

    /**
     * A date of birth typed as 31-12-1980 or picked, in the user's language, with the form shown under the field.
     */
    static DatePicker dateOfBirth(Component view, String labelKey) {
        DatePicker date = new DatePicker(view.getTranslation(labelKey));
        date.setHelperText(view.getTranslation("residency.date-of-birth-help"));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd-MM-yyyy");
        i18n.setMonthNames(List.of(view.getTranslation("residency.months").split(",")));
        i18n.setWeekdays(List.of(view.getTranslation("residency.weekdays").split(",")));
        i18n.setWeekdaysShort(
                List.of(view.getTranslation("residency.weekdays-short").split(",")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(view.getTranslation("residency.today"));
        i18n.setCancel(view.getTranslation("residency.cancel"));
        i18n.setBadInputErrorMessage(view.getTranslation("account.error.date-of-birth-malformed"));
        i18n.setMinErrorMessage(view.getTranslation("account.error.date-of-birth-out-of-range"));
        i18n.setMaxErrorMessage(view.getTranslation("account.error.date-of-birth-out-of-range"));
        date.setI18n(i18n);
        date.setLocale(Locale.forLanguageTag(view.getTranslation("residency.locale")));
        date.setMin(LocalDate.of(1900, 1, 1));
        date.setMax(LocalDate.now());
        date.setInitialPosition(LocalDate.of(1980, 1, 1));
        return date;
    }

    /** A verified mark that says what it means in words, with the icon only as decoration. */
    static Span verifiedMark(Component view, boolean verified, String yesKey, @Nullable String noKey) {
        Icon icon = (verified ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOCK).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("1em");
        Span mark = new Span(icon, new Span(" " + view.getTranslation(verified ? yesKey : noKey)));
        mark.addClassName(verified ? "verified-mark" : "unverified-mark");
        return mark;
    }
}
