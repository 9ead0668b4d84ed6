package nl.raadsplein.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.raadsplein.account.MemberInvitation;
import nl.raadsplein.account.MyOrganisation;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.account.OrganisationDraft;
import nl.raadsplein.account.OrganisationRole;
import nl.raadsplein.account.OrganisationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.ClientAddress;
import nl.raadsplein.ui.InputErrors;

/**
 * The organisations one belongs to and the invitations one has: accept or decline them, invite others as an owner,
 * leave; and a form to register a new organisation, which the griffie then verifies.
 */
@Route(OrganisationsView.ROUTE)
@PermitAll
public class OrganisationsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "organisaties";
    private final OrganisationService organisations;
    private final Div invitations = new Div();
    private final Div memberships = new Div();

    public OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        add(
                new H1(getTranslation("organisations.title")),
                new Paragraph(getTranslation("organisations.intro")),
                invitations,
                memberships,
                createForm());
        refresh();
    }

    private void refresh() {
        List<MyOrganisation> mine = organisations.myOrganisations();
        List<Organisation> invited = mine.stream()
                .filter(o -> !o.member())
                .map(MyOrganisation::organisation)
                .toList();
        List<MyOrganisation> member =
                mine.stream().filter(MyOrganisation::member).toList();
        invitations.removeAll();
        if (!invited.isEmpty()) {
            Section section = new Section(new H2(getTranslation("organisations.invitations")));
            invited.forEach(o -> section.add(invitation(o)));
            invitations.add(section);
        }
        memberships.removeAll();
        Section section = new Section(new H2(getTranslation("organisations.mine")));
        if (member.isEmpty()) {
            section.add(new Paragraph(getTranslation("organisations.none")));
        }
        member.forEach(o -> section.add(organisation(o)));
        memberships.add(section);
    }

    private Div invitation(Organisation organisation) {
        Button accept = new Button(
                getTranslation("organisations.accept"),
                e -> act(
                        () -> organisations.acceptInvitation(organisation.id()),
                        "organisations.accepted",
                        organisation));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.getElement().setAttribute("aria-label", getTranslation("organisations.accept-for", organisation.name()));
        Button decline = new Button(
                getTranslation("organisations.decline"),
                e -> act(
                        () -> organisations.leaveOrganisation(organisation.id()),
                        "organisations.declined",
                        organisation));
        decline.getElement()
                .setAttribute("aria-label", getTranslation("organisations.decline-for", organisation.name()));
        Div buttons = new Div(accept, decline);
        buttons.addClassName("dialog-actions");
        Div card = new Div(new H3(organisation.name()), facts(organisation), buttons);
        card.addClassName("organisation");
        return card;
    }

    private Div organisation(MyOrganisation mine) {
        Organisation organisation = mine.organisation();
        Div card = new Div(new H3(organisation.name()), facts(organisation));
        card.addClassName("organisation");
        UnorderedList members = new UnorderedList();
        for (Organisation.Member member : organisation.members()) {
            String role = getTranslation(
                    member.role() == OrganisationRole.OWNER ? "organisations.role-owner" : "organisations.role-member");
            members.add(new ListItem(member.displayName() + " (" + role + ")"));
        }
        card.add(new Paragraph(getTranslation("organisations.members")), members);
        if (!mine.openInvitations().isEmpty()) {
            UnorderedList invited = new UnorderedList();
            mine.openInvitations().forEach(address -> invited.add(new ListItem(address)));
            card.add(new Paragraph(getTranslation("organisations.open-invitations")), invited);
        }
        if (mine.mayInvite()) {
            card.add(inviteForm(organisation));
        }
        Button leave = new Button(
                getTranslation("organisations.leave"),
                e -> act(() -> organisations.leaveOrganisation(organisation.id()), "organisations.left", organisation));
        leave.addThemeVariants(ButtonVariant.ERROR);
        leave.getElement().setAttribute("aria-label", getTranslation("organisations.leave-for", organisation.name()));
        card.add(leave);
        return card;
    }

    private DescriptionList facts(Organisation organisation) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("account-facts");
        facts.add(
                new DescriptionList.Term(getTranslation("organisations.kvk-number")),
                new DescriptionList.Description(organisation.kvkNumber()));
        if (organisation.website() != null) {
            Anchor website = new Anchor(organisation.website(), organisation.website(), AnchorTarget.BLANK);
            website.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            facts.add(
                    new DescriptionList.Term(getTranslation("organisations.website")),
                    new DescriptionList.Description(website));
        }
        facts.add(
                new DescriptionList.Term(getTranslation("organisations.status")),
                new DescriptionList.Description(ResidencyTexts.verifiedMark(
                        this, organisation.verified(), "organisations.verified", "organisations.not-verified")));
        return facts;
    }

    private Div inviteForm(Organisation organisation) {
        EmailField email = new EmailField(getTranslation("organisations.invite-email", organisation.name()));
        email.setHelperText(getTranslation("organisations.invite-help"));
        email.setWidth("min(100%, 24rem)");
        Binder<MemberInvitation> binder = new Binder<>(MemberInvitation.class);
        binder.forField(InputErrors.fixed(organisation.id())).bind("organisationId");
        binder.forField(email).bind("email");
        binder.forField(InputErrors.current(ClientAddress::current)).bind("clientIp");
        Button invite = new Button(getTranslation("organisations.invite"), e -> {
            InputErrors.clear(binder);
            try {
                organisations.inviteMember(InputErrors.record(binder));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            InputErrors.confirm(getTranslation(
                    "organisations.invited-done", email.getValue().strip()));
            email.clear();
            refresh();
        });
        invite.getElement().setAttribute("aria-label", getTranslation("organisations.invite-for", organisation.name()));
        Div form = new Div(email, invite);
        form.addClassName("invite-form");
        return form;
    }

    private void act(Runnable action, String doneKey, Organisation organisation) {
        try {
            action.run();
        } catch (InvalidInputException error) {
            InputErrors.showNotification(getTranslation(error.messageKey(), error.arguments()));
            return;
        } catch (NoSuchItemException gone) {
            refresh();
            return;
        }
        InputErrors.confirm(getTranslation(doneKey, organisation.name()));
        refresh();
    }

    private Section createForm() {
        TextField name = new TextField(getTranslation("organisations.name"));
        name.setMaxLength(OrganisationService.ORGANISATION_NAME_LENGTH);
        TextField kvkNumber = new TextField(getTranslation("organisations.kvk-number"));
        kvkNumber.setHelperText(getTranslation("organisations.kvk-help"));
        kvkNumber.setMaxLength(12);
        TextField website = new TextField(getTranslation("organisations.website-optional"));
        website.setHelperText(getTranslation("organisations.website-help"));
        website.setMaxLength(OrganisationService.WEBSITE_LENGTH);
        Binder<OrganisationDraft> binder = new Binder<>(OrganisationDraft.class);
        binder.forField(name).bind("name");
        binder.forField(kvkNumber).bind("kvkNumber");
        binder.forField(website).bind("website");
        Button create = new Button(getTranslation("organisations.create"), e -> {
            InputErrors.clear(binder);
            try {
                organisations.createOrganisation(InputErrors.record(binder));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            InputErrors.confirm(
                    getTranslation("organisations.created", name.getValue().strip()));
            name.clear();
            kvkNumber.clear();
            website.clear();
            refresh();
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(name, kvkNumber, website);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div narrow = new Div(form, create);
        narrow.addClassName("narrow");
        return new Section(
                new H2(getTranslation("organisations.create-title")),
                new Paragraph(getTranslation("organisations.create-intro")),
                narrow);
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "organisations.title");
    }
}
