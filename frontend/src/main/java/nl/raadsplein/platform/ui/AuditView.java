package nl.raadsplein.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Set;
import nl.raadsplein.platform.AuditAnchor;
import nl.raadsplein.platform.AuditCheck;
import nl.raadsplein.platform.AuditEntry;
import nl.raadsplein.platform.AuditLine;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;

/**
 * The administrator's view of the audit log: the check of the hash chain that the command line runs too, naming
 * the first entry that was changed or removed (optionally against an anchor kept from an earlier check, see ADR 7),
 * and the latest entries, a page at a time.
 */
@Route(AuditView.ROUTE)
@RolesAllowed("ADMIN")
public class AuditView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "beheer/audit";

    // The channels through which the griffie enters for a resident (proposal.EntryChannel, which a platform view
    // does not import).
    private static final Set<String> CHANNELS = Set.of("PHONE", "DESK", "LETTER");

    private final AuditLog audit;
    private final TextField anchor = new TextField();
    private final Binder<AnchorInput> binder = new Binder<>(AnchorInput.class);
    private final Paragraph result = new Paragraph();
    private final Paragraph keep = new Paragraph();

    public AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("audit");
        add(new H1(getTranslation("auditui.title")), new Paragraph(getTranslation("auditui.intro")));

        anchor.setLabel(getTranslation("auditui.anchor"));
        anchor.setHelperText(getTranslation("auditui.anchor-help"));
        anchor.setWidthFull();
        binder.forField(anchor).bind("anchor");
        Button check = new Button(getTranslation("auditui.check"), e -> {
            try {
                check();
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        // The walk takes seconds on a long chain (about 0.5 to 3 s for 200,000 entries): one at a time.
        check.setDisableOnClick(true);
        check.addThemeVariants(ButtonVariant.PRIMARY);
        result.addClassName("audit-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        keep.addClassName("audit-anchor");
        keep.setVisible(false);
        add(new Section(
                new H2(getTranslation("auditui.check-title")),
                new Paragraph(getTranslation("auditui.check-intro")),
                anchor,
                check,
                result,
                keep));

        Grid<AuditLine> entries = new Grid<>();
        entries.addColumn(line -> line.entry().seq())
                .setHeader(getTranslation("auditui.seq"))
                .setAutoWidth(true);
        entries.addColumn(line -> Formats.dateTime(line.entry().recordedAt(), getLocale()))
                .setHeader(getTranslation("auditui.when"))
                .setAutoWidth(true);
        entries.addColumn(this::actor).setHeader(getTranslation("auditui.who"));
        entries.addColumn(line -> action(line.entry())).setHeader(getTranslation("auditui.action"));
        entries.addColumn(line -> item(line.entry())).setHeader(getTranslation("auditui.item"));
        entries.addColumn(line -> line.entry().reason()).setHeader(getTranslation("auditui.reason"));
        entries.addColumn(line -> onBehalf(line.entry())).setHeader(getTranslation("auditui.on-behalf"));
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.getElement().setAttribute("aria-label", getTranslation("auditui.entries"));
        entries.setItems(query -> audit.entries(query.getOffset(), query.getLimit()).stream(), query -> audit.count());
        entries.addClassName("audit-entries");
        add(new Section(new H2(getTranslation("auditui.entries")), entries));
    }

    /** The anchor as typed, by the name {@link AuditAnchor#parse} gives a refusal of it. */
    public record AnchorInput(String anchor) {}

    private void check() {
        InputErrors.clear(binder);
        result.setVisible(false);
        keep.setVisible(false);
        AuditCheck outcome;
        try {
            String noted = InputErrors.record(binder).anchor();
            outcome = noted.isEmpty() ? audit.check() : audit.check(AuditAnchor.parse("anchor", noted));
        } catch (InvalidInputException refused) {
            InputErrors.show(this, refused, binder);
            return;
        }
        result.setText(describe(outcome));
        result.setClassName("confirmation", outcome.intact());
        result.setClassName("error-text", !outcome.intact());
        result.setVisible(true);
        if (outcome.last() != null) {
            keep.setText(getTranslation("auditui.keep-anchor", outcome.last().toString()));
            keep.setVisible(true);
        }
    }

    // Entry numbers as the grid shows them, without a thousands separator.
    private String describe(AuditCheck outcome) {
        if (outcome.intact()) {
            return getTranslation("auditui.intact", outcome.entries());
        }
        String at = String.valueOf(outcome.brokenAt());
        AuditEntry found = outcome.found();
        // Only a chain that ends early leaves no entry found where it broke.
        if (found == null) {
            return getTranslation("auditui.broken.REMOVED-at-end", at);
        }
        return switch (Objects.requireNonNull(outcome.breakKind(), "a broken chain says how")) {
            case CHANGED -> getTranslation("auditui.broken.CHANGED", at, when(found), found.action());
            case RELINKED -> getTranslation("auditui.broken.RELINKED", at, when(found), found.action());
            case DIVERGED -> getTranslation("auditui.broken.DIVERGED", at, when(found), found.action());
            case REMOVED ->
                getTranslation("auditui.broken.REMOVED", at, String.valueOf(found.seq()), when(found), found.action());
        };
    }

    private String when(AuditEntry entry) {
        return Formats.dateTime(entry.recordedAt(), getLocale());
    }

    private String actor(AuditLine line) {
        if (line.entry().actorId() == null) {
            return getTranslation("auditui.system");
        }
        // a deleted account keeps its number in the chain and a blank name (ADR 15)
        return line.actorName() == null || line.actorName().isBlank()
                ? getTranslation("auditui.account-gone", line.entry().actorId())
                : line.actorName();
    }

    // What the griffie entered for a resident reads as a sentence; other codes are the administrator's own terms.
    private String action(AuditEntry entry) {
        return switch (entry.action()) {
            case "SUPPORT_ON_BEHALF" -> getTranslation("auditui.action.support-on-behalf");
            case "PROPOSAL_ON_BEHALF" -> getTranslation("auditui.action.proposal-on-behalf");
            default -> entry.action();
        };
    }

    /** The channel and the resident's pseudonym of an entry made on a resident's behalf; empty for other entries. */
    private String onBehalf(AuditEntry entry) {
        String channel = entry.detail(AuditEntry.CHANNEL);
        String resident = entry.detail(AuditEntry.RESIDENT);
        if (channel == null || resident == null || !CHANNELS.contains(channel)) {
            return "";
        }
        return getTranslation("auditui.on-behalf.text", getTranslation("auditui.channel." + channel), resident);
    }

    private static String item(AuditEntry entry) {
        if (entry.itemType() == null) {
            return "";
        }
        return entry.itemId() == null ? entry.itemType() : entry.itemType() + " " + entry.itemId();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auditui.title") + " | Raadsplein";
    }
}
