package nl.raadsplein.moderation;

import java.util.Locale;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.platform.NoSuchItemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of conduct shown where people post: a consultation's own, or the platform's. The griffie edits a
 * consultation's own with {@link ConsultationService#setConductRules}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ConductRulesService {

    private static final String DEFAULT_RULES_KEY = "moderation.conduct-rules.default";

    private final ConsultationService consultations;
    private final MessageSource messages;

    ConductRulesService(ConsultationService consultations, MessageSource messages) {
        this.consultations = consultations;
        this.messages = messages;
    }

    /**
     * The rules of conduct to show on a consultation's forms (null: the platform's), in the language given. An
     * unknown consultation is a {@link NoSuchItemException}.
     */
    @PreAuthorize("permitAll()")
    public ConductRules conductRules(@Nullable Long consultationId, Locale locale) {
        return consultationId == null
                ? platformRules(null, locale)
                : conductRulesOf(consultations.consultation(consultationId), locale);
    }

    /** As {@link #conductRules}, for a consultation the caller has loaded already. */
    @PreAuthorize("permitAll()")
    public ConductRules conductRulesOf(Consultation consultation, Locale locale) {
        return consultation.conductRules() != null
                ? new ConductRules(consultation.id(), consultation.conductRules(), false)
                : platformRules(consultation.id(), locale);
    }

    private ConductRules platformRules(@Nullable Long consultationId, Locale locale) {
        return new ConductRules(
                consultationId,
                messages.getMessage(DEFAULT_RULES_KEY, null, locale == null ? Locale.forLanguageTag("nl") : locale),
                true);
    }
}
