package nl.raadsplein.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import nl.raadsplein.account.AccountDeletion;
import nl.raadsplein.account.AccountDeletionService;
import nl.raadsplein.account.DataExportService;
import nl.raadsplein.account.DataExportState;
import nl.raadsplein.account.ExportStatus;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import org.jspecify.annotations.Nullable;

/**
 * "Mijn gegevens" (J8): downloading everything the platform holds on oneself, prepared in the background with its
 * progress shown, and deleting the account. The download's link carries a secret the server keeps only as a hash,
 * so the page keeps it in its address ({@code ?link=}) to survive a reload.
 */
@Route(MyDataView.ROUTE)
@PermitAll
public class MyDataView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "account/mijn-gegevens";
    static final String LINK = "link";
    private static final String FILE_NAME = "raadsplein-mijn-gegevens.zip";
    private static final int POLL_MILLIS = 1000;

    private final DataExportService exports;
    private final AccountDeletionService deletion;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final Paragraph exportStatus = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Div downloadSlot = new Div();
    private @Nullable String token;
    private @Nullable Registration polling;

    public MyDataView(
            DataExportService exports,
            AccountDeletionService deletion,
            AuthenticationContext authentication,
            Clock clock) {
        this.exports = exports;
        this.deletion = deletion;
        this.authentication = authentication;
        this.clock = clock;
        add(new H1(getTranslation("mydata.title")), exportSection(), deletionSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(LINK)
                .orElse(null);
        showExport();
    }

    private Section exportSection() {
        Paragraph intro = new Paragraph(getTranslation("mydata.export.intro"));
        Button request = new Button(getTranslation("mydata.export.request"), e -> {
            String secret = exports.request();
            UI.getCurrent().navigate(MyDataView.class, QueryParameters.of(LINK, secret));
        });
        request.addThemeVariants(ButtonVariant.PRIMARY);
        exportStatus.addClassName("export-status");
        exportStatus.getElement().setAttribute("role", "status");
        progress.getElement().setAttribute("aria-label", getTranslation("mydata.export.progress-label"));
        progress.setVisible(false);
        return new Section(
                new H2(getTranslation("mydata.export.title")), intro, request, exportStatus, progress, downloadSlot);
    }

    /** Shows where the latest request stands; while it is prepared, the page asks again every second. */
    private void showExport() {
        Optional<DataExportState> latest = exports.latest();
        downloadSlot.removeAll();
        progress.setVisible(false);
        boolean preparing =
                latest.map(s -> s.status() == ExportStatus.PREPARING).orElse(false);
        getUI().ifPresent(ui -> ui.setPollInterval(preparing ? POLL_MILLIS : -1));
        if (latest.isEmpty()) {
            exportStatus.setText(getTranslation("mydata.export.none"));
            return;
        }
        DataExportState state = latest.get();
        switch (state.status()) {
            case PREPARING -> {
                exportStatus.setText(getTranslation("mydata.export.preparing", state.progress()));
                progress.setValue(state.progress());
                progress.setVisible(true);
            }
            case READY -> {
                if (!state.downloadable(clock.instant())) {
                    exportStatus.setText(getTranslation("mydata.export.expired"));
                } else if (token == null) {
                    exportStatus.setText(getTranslation("mydata.export.ready-elsewhere"));
                } else {
                    exportStatus.setText(getTranslation(
                            "mydata.export.ready",
                            Formats.dateTime(Objects.requireNonNull(state.expiresAt()), getLocale())));
                    downloadSlot.add(downloadLink(token));
                }
            }
            case DOWNLOADED -> exportStatus.setText(getTranslation("mydata.export.downloaded"));
            case FAILED -> exportStatus.setText(getTranslation("mydata.export.failed"));
        }
    }

    private Anchor downloadLink(String secret) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        byte[] bytes = exports.download(secret);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), FILE_NAME, "application/zip", bytes.length);
                    } catch (InvalidInputException used) {
                        return DownloadResponse.error(HttpStatusCode.GONE);
                    } finally {
                        // The link works once: the page then says so instead of offering it again.
                        event.getUI().access(this::showExport);
                    }
                }),
                getTranslation("mydata.export.download"));
        anchor.getElement().setAttribute("download", FILE_NAME);
        anchor.addClassName("export-download");
        return anchor;
    }

    private Section deletionSection() {
        Section section = new Section(new H2(getTranslation("mydata.delete.title")));
        UnorderedList what = new UnorderedList(
                new ListItem(getTranslation("mydata.delete.erased")),
                new ListItem(getTranslation("mydata.delete.stays")),
                new ListItem(getTranslation("mydata.delete.counts")),
                new ListItem(getTranslation("mydata.delete.final")));
        section.add(new Paragraph(getTranslation("mydata.delete.intro")), what);
        Optional<String> refusal = deletion.refusal();
        if (refusal.isPresent()) {
            Paragraph refused = new Paragraph(getTranslation(refusal.get()));
            refused.addClassName("delete-refused");
            section.add(refused);
            return section;
        }
        PasswordField password = new PasswordField(getTranslation("mydata.delete.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        Binder<AccountDeletion> binder = new Binder<>(AccountDeletion.class);
        binder.forField(password).bind("password");
        Button delete = new Button(getTranslation("mydata.delete.confirm"), e -> {
            InputErrors.clear(binder);
            try {
                deletion.deleteMyAccount(InputErrors.record(binder));
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder);
                return;
            }
            // The account is gone: so is its session.
            authentication.logout();
        });
        delete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        FormLayout form = new FormLayout(password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div narrow = new Div(form, delete);
        narrow.addClassName("narrow");
        section.add(narrow);
        return section;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> showExport());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "mydata.title");
    }
}
