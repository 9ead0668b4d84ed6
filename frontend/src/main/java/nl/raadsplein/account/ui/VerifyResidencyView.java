package nl.raadsplein.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import nl.raadsplein.account.ResidencyClaim;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/**
 * A resident shows that they live in the municipality by typing what the census knows of them: postcode, house
 * number and date of birth.
 */
@Route(VerifyResidencyView.ROUTE)
@PermitAll
public class VerifyResidencyView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "account/verifieren";

    private final ResidencyService residency;
    private final Div content = new Div();

    public VerifyResidencyView(ResidencyService residency) {
        this.residency = residency;
        add(new H1(getTranslation("residency.title")), content);
        if (residency.isVerified()) {
            showVerified();
        } else {
            showForm();
        }
    }

    private void showForm() {
        content.removeAll();
        content.add(new Paragraph(getTranslation("residency.why")), new Paragraph(getTranslation("residency.how")));
        TextField postcode = new TextField(getTranslation("residency.postcode"));
        postcode.setHelperText(getTranslation("residency.postcode-help"));
        postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postcode.setMaxLength(10);
        TextField houseNumber = new TextField(getTranslation("residency.house-number"));
        houseNumber.setHelperText(getTranslation("residency.house-number-help"));
        houseNumber.setMaxLength(12);
        DatePicker dateOfBirth = ResidencyTexts.dateOfBirth(this, "residency.date-of-birth");
        Binder<ResidencyClaim> binder = new Binder<>(ResidencyClaim.class);
        binder.forField(postcode).bind("postcode");
        binder.forField(houseNumber).bind("houseNumber");
        binder.forField(dateOfBirth).bind("dateOfBirth");
        Button verify = new Button(getTranslation("residency.submit"), e -> {
            InputErrors.clear(binder);
            try {
                residency.verifyResidency(InputErrors.record(binder));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            showVerified();
        });
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(postcode, houseNumber, dateOfBirth);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div narrow = new Div(form, verify);
        narrow.addClassName("narrow");
        content.add(
                narrow,
                new Paragraph(getTranslation("residency.privacy")),
                new Paragraph(getTranslation("residency.desk")));
    }

    private void showVerified() {
        content.removeAll();
        Paragraph done =
                new Paragraph(ResidencyTexts.verifiedMark(this, true, "residency.verified", "residency.verified"));
        done.addClassName("residency-verified");
        done.getElement().setAttribute("role", "status");
        content.add(
                done,
                new Paragraph(getTranslation("residency.verified-what")),
                new RouterLink(getTranslation("residency.to-profile"), ProfileView.class));
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "residency.title");
    }
}
