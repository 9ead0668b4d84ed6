package nl.raadsplein.opendata.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.opendata.BundleInfo;
import nl.raadsplein.opendata.BundlePreparation;
import nl.raadsplein.opendata.BundleStatus;
import nl.raadsplein.opendata.Licence;
import nl.raadsplein.opendata.OpenDataBundleService;
import nl.raadsplein.ui.Charts;
import nl.raadsplein.ui.Downloads;
import nl.raadsplein.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Open data (J6): the bundle of all public data, the latest and the 30 before it, each with its SHA-512 so that a
 * download can be checked; the griffie has one made now and sees it being prepared. Links to the read API.
 */
@Route(OpenDataView.ROUTE)
@AnonymousAllowed
public class OpenDataView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "open-data";
    private static final int POLL_MILLIS = 1000;

    private final OpenDataBundleService bundles;
    private final boolean griffie;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private @Nullable Registration polling;

    public OpenDataView(OpenDataBundleService bundles, AuthenticationContext authentication) {
        this.bundles = bundles;
        this.griffie = authentication.hasAnyRole("GRIFFIER", "ADMIN");
        addClassName("open-data");
        Licence licence = bundles.licence();
        Anchor licenceLink = new Anchor(licence.url(), licence.title());
        licenceLink.setTarget(AnchorTarget.BLANK);
        add(
                new H1(getTranslation("opendataui.title")),
                new Paragraph(getTranslation("opendataui.intro")),
                new Paragraph(new Text(getTranslation("opendataui.licence")), licenceLink),
                new Paragraph(
                        new Text(getTranslation("opendataui.api")),
                        new Anchor("/api/v1/docs", getTranslation("opendataui.api-link"))));
        if (griffie) {
            add(preparationSection());
        }
        list.addClassName("bundles");
        add(new Section(new H2(getTranslation("opendataui.bundles")), list));
        showBundles();
    }

    private Section preparationSection() {
        Button prepare = new Button(getTranslation("opendataui.prepare"), e -> {
            bundles.prepareNow();
            showPreparation();
        });
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        status.addClassName("bundle-status");
        status.getElement().setAttribute("role", "status");
        progress.getElement().setAttribute("aria-label", getTranslation("opendataui.progress-label"));
        progress.setVisible(false);
        return new Section(
                new H2(getTranslation("opendataui.prepare-title")),
                new Paragraph(getTranslation("opendataui.prepare-intro")),
                prepare,
                status,
                progress);
    }

    /** Where the latest request stands; while a bundle is prepared the page asks again every second. */
    private void showPreparation() {
        Optional<BundlePreparation> preparation = bundles.preparation();
        boolean preparing =
                preparation.map(p -> p.status() == BundleStatus.PREPARING).orElse(false);
        getUI().ifPresent(ui -> ui.setPollInterval(preparing ? POLL_MILLIS : -1));
        progress.setVisible(preparing);
        if (preparation.isEmpty()) {
            showBundles();
            status.setText(bundles.bundles().isEmpty() ? "" : getTranslation("opendataui.status.ready"));
        } else if (preparing) {
            status.setText(getTranslation(
                    "opendataui.status.preparing", preparation.get().progress()));
            progress.setValue(preparation.get().progress());
        } else {
            status.setText(getTranslation(
                    "opendataui.status.failed",
                    Formats.dateTime(preparation.get().requestedAt(), getLocale())));
        }
    }

    private void showBundles() {
        list.removeAll();
        List<BundleInfo> ready = bundles.bundles();
        if (ready.isEmpty()) {
            list.add(new Paragraph(getTranslation("opendataui.none")));
            return;
        }
        NativeTable table = Charts.table(
                getTranslation("opendataui.bundles"),
                List.of(
                        getTranslation("opendataui.column.made"),
                        getTranslation("opendataui.column.size"),
                        getTranslation("opendataui.column.checksum"),
                        getTranslation("opendataui.column.download")));
        NativeTableBody body = Charts.body(table);
        for (BundleInfo bundle : ready) {
            NativeTableCell checksum = new NativeTableCell(bundle.sha512());
            checksum.addClassName("checksum");
            Anchor download = Downloads.link(
                    getTranslation("opendataui.download", Formats.date(bundle.readyAt(), getLocale())),
                    bundle.fileName(),
                    "application/zip",
                    () -> bundles.content(bundle.id()).orElseThrow());
            NativeTableRow row = new NativeTableRow();
            row.add(
                    new NativeTableCell(Formats.dateTime(bundle.readyAt(), getLocale())),
                    new NativeTableCell(getTranslation("opendataui.kilobytes", (bundle.byteSize() + 1023) / 1024)),
                    checksum,
                    new NativeTableCell(download));
            body.add(row);
        }
        list.add(table);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (griffie) {
            polling = event.getUI().addPollListener(poll -> showPreparation());
            showPreparation();
        }
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
        return getTranslation("opendataui.title") + " | Raadsplein";
    }
}
