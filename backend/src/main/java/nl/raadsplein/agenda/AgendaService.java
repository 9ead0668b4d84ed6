package nl.raadsplein.agenda;

import java.util.List;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.LocalizedText;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda as reference data: read by everyone, names edited and values and topics added by
 * administrators. Codes are natural keys and never change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AgendaService {

    public static final int NAME_LENGTH = 100;
    public static final int THEME_NAME_LENGTH = 200;

    private final AgendaRepository repository;
    private final AuditTrail audit;

    AgendaService(AgendaRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @PreAuthorize("permitAll()")
    public List<AgendaGoal> goals() {
        return repository.goals();
    }

    @PreAuthorize("permitAll()")
    public Theme theme(String code) {
        return repository.theme(code).orElseThrow(() -> new NoSuchItemException("theme " + code));
    }

    @PreAuthorize("permitAll()")
    public boolean themeExists(String code) {
        return repository.themeExists(code);
    }

    @PreAuthorize("permitAll()")
    public List<ReferenceItem> publicValues() {
        return repository.items(ReferenceKind.PUBLIC_VALUE);
    }

    @PreAuthorize("permitAll()")
    public List<ReferenceItem> digitalTopics() {
        return repository.items(ReferenceKind.DIGITAL_TOPIC);
    }

    @Transactional
    public void renameTheme(String code, @Nullable LocalizedText name, int version) {
        LocalizedText checked = checkedName(name, THEME_NAME_LENGTH);
        if (!repository.themeExists(code)) {
            throw new NoSuchItemException("theme " + code);
        }
        repository.renameTheme(code, checked, version);
        audit.record(
                Actor.current().accountId(),
                "REFERENCE_RENAMED",
                "THEME",
                null,
                null,
                code + ": " + checked.nl() + " / " + checked.en());
    }

    @Transactional
    public void rename(ReferenceKind kind, String code, @Nullable LocalizedText name, int version) {
        LocalizedText checked = checkedName(name, NAME_LENGTH);
        if (!repository.exists(kind, code)) {
            throw new NoSuchItemException(kind + " " + code);
        }
        repository.rename(kind, code, checked, version);
        audit.record(
                Actor.current().accountId(),
                "REFERENCE_RENAMED",
                kind.name(),
                null,
                null,
                code + ": " + checked.nl() + " / " + checked.en());
    }

    /** Adds a public value or a digital topic; a digital topic names the themes it maps to. */
    @Transactional
    public void add(ReferenceAddition addition) {
        ReferenceKind kind = addition.kind();
        List<String> themeCodes = addition.themes();
        String checkedCode = TextInput.code("code", addition.code());
        LocalizedText checked = new LocalizedText(
                TextInput.line("nameNl", addition.nameNl(), NAME_LENGTH),
                TextInput.line("nameEn", addition.nameEn(), NAME_LENGTH));
        if (kind == ReferenceKind.PUBLIC_VALUE && !themeCodes.isEmpty()) {
            throw new InvalidInputException("themes", "error.values-have-no-themes");
        }
        if (kind == ReferenceKind.DIGITAL_TOPIC && themeCodes.isEmpty()) {
            throw new InvalidInputException("themes", "error.required");
        }
        if (!repository.allThemesExist(themeCodes)) {
            throw new InvalidInputException("themes", "error.unknown-theme");
        }
        if (repository.exists(kind, checkedCode)) {
            throw new InvalidInputException("code", "error.code-taken");
        }
        repository.add(kind, checkedCode, checked, themeCodes);
        audit.record(
                Actor.current().accountId(),
                "REFERENCE_ADDED",
                kind.name(),
                null,
                null,
                checkedCode + ": " + checked.nl() + " / " + checked.en() + " themes=" + themeCodes);
    }

    private static LocalizedText checkedName(@Nullable LocalizedText name, int maxLength) {
        if (name == null) {
            throw new InvalidInputException("nameNl", "error.required");
        }
        return new LocalizedText(
                TextInput.line("nameNl", name.nl(), maxLength), TextInput.line("nameEn", name.en(), maxLength));
    }
}
