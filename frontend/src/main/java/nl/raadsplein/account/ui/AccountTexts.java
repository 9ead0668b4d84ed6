package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.raadsplein.account.Party;
import nl.raadsplein.account.Role;
import org.jspecify.annotations.Nullable;

/** Texts and fields the account views share: role names, the language choice, a party's name. */
final class AccountTexts {

    static final List<String> LANGUAGES = List.of("nl", "en");

    private AccountTexts() {}

    /** The roles in their fixed order, translated and joined by commas. */
    static String roles(Component view, Collection<Role> roles) {
        return roles.stream().sorted().map(role -> role(view, role)).collect(Collectors.joining(", "));
    }

    static String role(Component view, Role role) {
        return view.getTranslation("account.role." + role.name());
    }

    static String party(@Nullable Party party) {
        return party == null ? "" : party.name() + " (" + party.abbreviation() + ")";
    }

    /** Each language named in itself, so that everyone finds their own. */
    static Select<String> languageSelect(Component view, String value) {
        Select<String> language = new Select<>();
        language.setLabel(view.getTranslation("accountui.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> "en".equals(code) ? "English" : "Nederlands");
        language.setValue(LANGUAGES.contains(value) ? value : "nl");
        return language;
    }

    static String title(Component view, String key) {
        return view.getTranslation(key) + " | Raadsplein";
    }
}
