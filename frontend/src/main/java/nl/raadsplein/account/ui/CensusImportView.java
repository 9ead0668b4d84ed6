package nl.raadsplein.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.raadsplein.account.CensusImport;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/** The griffie uploads the municipality's census export; only keyed hashes of it are kept. */
@Route("beheer/bevolkingsgegevens")
@RolesAllowed({"GRIFFIER", "ADMIN"})
public class CensusImportView extends Div implements HasDynamicTitle {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int SHOWN_REFUSALS = 200;
    private static final Pattern REFUSAL = Pattern.compile("line (\\d+): (\\w+)");

    private final ResidencyService residency;
    private final Section result = new Section();

    public CensusImportView(ResidencyService residency) {
        this.residency = residency;
        add(
                new H1(getTranslation("census.title")),
                new Paragraph(getTranslation("census.intro")),
                new Paragraph(getTranslation("census.privacy")));

        H2 uploadTitle = new H2(getTranslation("census.upload-title"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importFile(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> InputErrors.showNotification(getTranslation("census.rejected")));
        result.setVisible(false);
        result.getElement().setAttribute("aria-live", "polite");
        result.addClassName("census-result");
        add(new Section(uploadTitle, new Paragraph(getTranslation("census.format")), upload), result);
    }

    private void importFile(byte[] bytes) {
        if (bytes.length > MAX_BYTES) { // the browser checks too, but a request can say anything
            InputErrors.showNotification(getTranslation("census.too-big"));
            return;
        }
        CensusImport outcome;
        try {
            outcome = residency.importCensus(
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (InvalidInputException refused) {
            InputErrors.showNotification(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        showResult(outcome);
    }

    private void showResult(CensusImport outcome) {
        result.removeAll();
        result.add(new H2(getTranslation("census.result-title")));
        UnorderedList counts = new UnorderedList(
                new ListItem(getTranslation("census.imported", outcome.imported())),
                new ListItem(getTranslation("census.already-known", outcome.alreadyKnown())),
                new ListItem(
                        getTranslation("census.refused", outcome.refusedLines().size())));
        counts.addClassName("census-counts");
        result.add(counts);
        List<String> refused = outcome.refusedLines();
        if (!refused.isEmpty()) {
            result.add(new Paragraph(getTranslation("census.refused-intro")));
            UnorderedList lines = new UnorderedList();
            lines.addClassName("census-refused");
            refused.stream().limit(SHOWN_REFUSALS).forEach(line -> lines.add(new ListItem(refusal(line))));
            result.add(lines);
            if (refused.size() > SHOWN_REFUSALS) {
                result.add(new Paragraph(getTranslation("census.refused-more", refused.size() - SHOWN_REFUSALS)));
            }
        }
        result.setVisible(true);
    }

    /** "line 7: postcode" as "Regel 7: de postcode klopt niet". */
    private String refusal(String line) {
        Matcher matcher = REFUSAL.matcher(line);
        if (!matcher.matches()) {
            return line;
        }
        String column = switch (matcher.group(2)) {
            case "postcode" -> "census.column.postcode";
            case "houseNumber" -> "census.column.house-number";
            case "dateOfBirth" -> "census.column.date-of-birth";
            default -> "census.column.columns";
        };
        return getTranslation("census.refused-line", matcher.group(1), getTranslation(column));
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("census.choose-file")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("census.drop-file")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("census.too-many-files"))
                .setFileIsTooBig(getTranslation("census.too-big"))
                .setIncorrectFileType(getTranslation("census.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("census.connecting"))
                        .setStalled(getTranslation("census.stalled"))
                        .setProcessing(getTranslation("census.processing"))
                        .setHeld(getTranslation("census.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("census.remaining"))
                        .setUnknown(getTranslation("census.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("census.server-error"))
                        .setUnexpectedServerError(getTranslation("census.server-error"))
                        .setForbidden(getTranslation("census.server-error"))
                        .setFileTooLarge(getTranslation("census.too-big"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("census.retry"))
                .setStart(getTranslation("census.start"))
                .setRemove(getTranslation("census.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "census.title");
    }
}
