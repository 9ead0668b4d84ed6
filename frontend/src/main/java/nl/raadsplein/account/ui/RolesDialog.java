package nl.raadsplein.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import nl.raadsplein.account.Account;
import nl.raadsplein.account.Party;
import nl.raadsplein.account.PartyService;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.RolePermissions;
import nl.raadsplein.account.RoleService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/**
 * Appoints an account to a role or takes one away. A refusal (an unconfirmed address, the last administrator)
 * shows in the dialog, which stays open; after a change it closes and the list is read again.
 */
class RolesDialog extends Dialog {

    private final RoleService roles;
    private final ResidencyService residency;
    private final Account account;
    private final Runnable afterChange;
    private final Paragraph refusal = new Paragraph();
    private final Select<Party> party = new Select<>();
    // The party a councillor sits for is the account's own property: a refusal about it lands on the select.
    private final Binder<Account> binder = new Binder<>(Account.class);

    RolesDialog(
            RoleService roles,
            PartyService parties,
            ResidencyService residency,
            Account account,
            Runnable afterChange) {
        this.roles = roles;
        this.residency = residency;
        this.account = account;
        this.afterChange = afterChange;
        setHeaderTitle(getTranslation("roles.title", account.displayName()));
        setWidth("min(36rem, 100vw)");

        Paragraph current = new Paragraph(getTranslation("roles.current", AccountTexts.roles(this, account.roles())));
        add(current);
        if (!account.emailConfirmed()) {
            add(new Paragraph(getTranslation("roles.unconfirmed")));
        }
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(refusal);

        party.setLabel(getTranslation("roles.party"));
        party.setItems(parties.parties().stream().filter(Party::active).toList());
        party.setItemLabelGenerator(AccountTexts::party);
        if (account.party() != null && account.party().active()) {
            party.setValue(account.party());
        }
        party.setWidthFull();
        binder.forField(party).bind("party");
        RolePermissions may = roles.permissions(account);
        Button councillor = new Button(getTranslation("roles.appoint-councillor"), e -> {
            if (party.isEmpty()) {
                party.setErrorMessage(getTranslation("roles.party-required"));
                party.setInvalid(true);
                return;
            }
            change(() -> roles.appointCouncillor(account.id(), party.getValue().id()), "roles.appointed");
        });
        councillor.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Section(new H3(AccountTexts.role(this, Role.COUNCILLOR)), party, councillor));

        Div appoint = new Div();
        appoint.addClassName("dialog-actions");
        if (may.appointGriffier()) {
            appoint.add(new Button(
                    getTranslation("roles.appoint-griffier"),
                    e -> change(() -> roles.appointGriffier(account.id()), "roles.appointed")));
        }
        if (may.appointAdministrator()) {
            appoint.add(new Button(
                    getTranslation("roles.appoint-administrator"),
                    e -> change(() -> roles.appointAdministrator(account.id()), "roles.appointed")));
        }
        Div revoke = new Div();
        revoke.addClassName("dialog-actions");
        for (Role role : may.revocable()) {
            Button button = new Button(
                    getTranslation("roles.revoke", AccountTexts.role(this, role)),
                    e -> change(() -> roles.revokeRole(account.id(), role), "roles.revoked"));
            button.addThemeVariants(ButtonVariant.ERROR);
            revoke.add(button);
        }
        if (appoint.getComponentCount() > 0) {
            add(new Section(new H3(getTranslation("roles.other-roles")), appoint));
        }
        if (revoke.getComponentCount() > 0) {
            add(new Section(new H3(getTranslation("roles.revoke-title")), revoke));
        }
        add(residencySection(may.verifyAtDesk()));
        getFooter().add(new Button(getTranslation("roles.close"), e -> close()));
    }

    /**
     * Whether the account is verified as a resident; a griffier who saw its owner's identity document marks it
     * verified at the desk, in two steps so that it is never done by a slip.
     */
    private Section residencySection(boolean verifyAtDesk) {
        Section section = new Section(
                new H3(getTranslation("roles.residency-title")),
                new Paragraph(ResidencyTexts.verifiedMark(
                        this, account.verified(), "roles.residency-verified", "roles.residency-not-verified")));
        if (!verifyAtDesk) {
            return section;
        }
        Paragraph confirmText = new Paragraph(getTranslation("roles.desk-confirm-text", account.displayName()));
        Button confirm = new Button(
                getTranslation("roles.desk-confirm"),
                e -> change(() -> residency.verifyAtDesk(account.id()), "roles.desk-verified"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("roles.desk-cancel"));
        Div buttons = new Div(confirm, cancel);
        buttons.addClassName("dialog-actions");
        Div confirmation = new Div(confirmText, buttons);
        confirmation.addClassName("desk-confirmation");
        confirmation.setVisible(false);
        Button desk = new Button(getTranslation("roles.desk-verify"));
        desk.addClickListener(e -> {
            confirmation.setVisible(true);
            desk.setVisible(false);
            confirm.focus();
        });
        cancel.addClickListener(e -> {
            confirmation.setVisible(false);
            desk.setVisible(true);
            desk.focus();
        });
        section.add(desk, confirmation);
        return section;
    }

    private void change(Runnable action, String doneKey) {
        InputErrors.clear(binder);
        refusal.setVisible(false);
        try {
            action.run();
        } catch (InvalidInputException error) {
            InputErrors.show(this, error, binder, refusal);
            return;
        }
        close();
        afterChange.run();
        InputErrors.confirm(getTranslation(doneKey, account.displayName()));
    }
}
