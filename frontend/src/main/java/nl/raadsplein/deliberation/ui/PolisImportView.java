package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.raadsplein.agenda.AgendaGoal;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.deliberation.ImportedDiscussion;
import nl.raadsplein.deliberation.PolisImport;
import nl.raadsplein.deliberation.PolisImportService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import org.jspecify.annotations.Nullable;

/**
 * A griffier brings an earlier Pol.is conversation into Raadsplein: its two export files, the question, at least
 * one theme and the dates (a closing date in the past makes it a closed discussion). A refused file is named with
 * its line; nothing the griffier typed is lost.
 */
@Route(PolisImportView.ROUTE)
@RolesAllowed("GRIFFIER")
public class PolisImportView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "beheer/waardendiscussies/import";
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final PolisImportService imports;
    private final TextField question = new TextField();
    private final MultiSelectComboBox<AgendaGoal.ThemeSummary> themes = new MultiSelectComboBox<>();
    private final DatePicker opens = new DatePicker();
    private final DatePicker closes = new DatePicker();
    private final Binder<PolisImport> binder = new Binder<>(PolisImport.class);
    private final Paragraph fileError = new Paragraph();
    private byte @Nullable [] comments;
    private byte @Nullable [] participantsVotes;

    public PolisImportView(PolisImportService imports, AgendaService agenda) {
        this.imports = imports;
        addClassName("polis-import");
        add(new H1(getTranslation("opinionui.import.title")), new Paragraph(getTranslation("opinionui.import.intro")));

        question.setLabel(getTranslation("opinionui.import.question"));
        question.setMaxLength(300);
        question.setWidthFull();
        question.setRequiredIndicatorVisible(true);
        themes.setLabel(getTranslation("opinionui.import.themes"));
        themes.setItems(agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .toList());
        themes.setItemLabelGenerator(t -> t.code() + " " + t.name().in(getLocale()));
        themes.setRequiredIndicatorVisible(true);
        themes.setWidthFull();
        opens.setLabel(getTranslation("opinionui.import.opens"));
        closes.setLabel(getTranslation("opinionui.import.closes"));
        closes.setHelperText(getTranslation("opinionui.import.closes-help"));
        opens.setRequiredIndicatorVisible(true);
        closes.setRequiredIndicatorVisible(true);
        bind();

        fileError.addClassName("polis-import-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);
        Upload commentsUpload = upload("comments.csv", bytes -> comments = bytes);
        Upload votesUpload = upload("participants-votes.csv", bytes -> participantsVotes = bytes);

        Button submit = new Button(getTranslation("opinionui.import.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                question,
                themes,
                new Div(opens, closes),
                new Section(
                        new H2(getTranslation("opinionui.import.files")),
                        new Paragraph(getTranslation("opinionui.import.files-help")),
                        label("opinionui.import.comments"),
                        commentsUpload,
                        label("opinionui.import.participants-votes"),
                        votesUpload),
                fileError,
                submit);
    }

    private Component label(String key) {
        Paragraph label = new Paragraph(getTranslation(key));
        label.addClassName("upload-label");
        return label;
    }

    private Upload upload(String fileName, java.util.function.Consumer<byte[]> target) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            target.accept(bytes);
            fileError.setVisible(false);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(i18n());
        upload.getElement().setAttribute("aria-label", fileName);
        upload.addFileRejectedListener(e -> showFileError(getTranslation("opinionui.import.rejected", fileName)));
        return upload;
    }

    private void bind() {
        binder.forField(question).bind("question");
        binder.forField(themes)
                .withConverter(
                        (Set<AgendaGoal.ThemeSummary> chosen) -> chosen.stream()
                                .map(AgendaGoal.ThemeSummary::code)
                                .sorted()
                                .toList(),
                        codes -> themes.getListDataView()
                                .getItems()
                                .filter(t -> codes.contains(t.code()))
                                .collect(Collectors.toSet()))
                .bind("themes");
        // A day left empty is sent as the epoch: the dates then are out of order, which the service says on closes.
        binder.forField(opens)
                .withConverter(PolisImportView::startOf, PolisImportView::day)
                .bind("opensAt");
        binder.forField(closes)
                .withConverter(PolisImportView::startOf, PolisImportView::day)
                .bind("closesAt");
        binder.forField(InputErrors.current(() -> comments == null ? new byte[0] : comments))
                .bind("comments");
        binder.forField(InputErrors.current(() -> participantsVotes == null ? new byte[0] : participantsVotes))
                .bind("participantsVotes");
    }

    private void submit() {
        fileError.setVisible(false);
        InputErrors.clear(binder);
        PolisImport command = InputErrors.record(binder);
        ImportedDiscussion imported;
        try {
            imported = imports.importConversation(command);
        } catch (InvalidInputException refused) {
            if ("files".equals(refused.field())) {
                showFileError(getTranslation(refused.messageKey(), refused.arguments()));
            } else {
                InputErrors.show(this, refused, binder);
            }
            return;
        }
        getUI().ifPresent(ui ->
                ui.navigate(DiscussionReportView.class, DiscussionReportView.parameters(imported.discussionId())));
    }

    private static @Nullable LocalDate day(Instant start) {
        return Instant.EPOCH.equals(start) ? null : LocalDate.ofInstant(start, Formats.MUNICIPALITY);
    }

    private static Instant startOf(@Nullable LocalDate date) {
        return date == null
                ? Instant.EPOCH
                : date.atStartOfDay(Formats.MUNICIPALITY).toInstant();
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("opinionui.import.choose-file")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("opinionui.import.drop-file")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("opinionui.import.too-many"))
                .setFileIsTooBig(getTranslation("opinionui.import.too-big"))
                .setIncorrectFileType(getTranslation("opinionui.import.wrong-type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("opinionui.import.retry"))
                .setStart(getTranslation("opinionui.import.start"))
                .setRemove(getTranslation("opinionui.import.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinionui.import.title") + " | Raadsplein";
    }
}
