package nl.raadsplein.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.raadsplein.account.Account;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.Party;
import nl.raadsplein.account.PartyService;

/** A councillor's own party and its councillors. */
@Route("raad/fractie")
@RolesAllowed("COUNCILLOR")
public class MyPartyView extends Div implements HasDynamicTitle {

    public MyPartyView(AccountService accounts, PartyService parties) {
        add(new H1(getTranslation("my-party.title")));
        Party party = accounts.me().party();
        if (party == null) {
            add(new Paragraph(getTranslation("my-party.none")));
            return;
        }
        Paragraph name = new Paragraph(AccountTexts.party(party));
        name.addClassName("party-name");
        add(name);
        if (!party.active()) {
            add(new Paragraph(getTranslation("my-party.inactive")));
        }
        List<Account> councillors = parties.councillors(party.id());
        add(new H2(getTranslation("my-party.councillors", councillors.size())));
        UnorderedList list = new UnorderedList();
        councillors.forEach(c -> list.add(new ListItem(c.displayName())));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "my-party.title");
    }
}
