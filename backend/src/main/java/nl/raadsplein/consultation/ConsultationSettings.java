package nl.raadsplein.consultation;

import nl.raadsplein.platform.InvalidInputException;

/**
 * The rules a griffier sets per consultation. {@code premoderation}: new proposals and comments wait for
 * a moderator before anyone else sees them.
 */
public record ConsultationSettings(
        int supportThreshold,
        int maxProposalsPerResident,
        int editWindowMinutes,
        boolean supportsRequireVerification,
        boolean premoderation) {

    public static final ConsultationSettings DEFAULTS = new ConsultationSettings(50, 3, 30, true, false);

    void check() {
        if (supportThreshold < 1 || supportThreshold > 1_000_000) {
            throw new InvalidInputException("supportThreshold", "consultation.error.out-of-range", 1, 1_000_000);
        }
        if (maxProposalsPerResident < 1 || maxProposalsPerResident > 100) {
            throw new InvalidInputException("maxProposalsPerResident", "consultation.error.out-of-range", 1, 100);
        }
        if (editWindowMinutes < 0 || editWindowMinutes > 10_080) {
            throw new InvalidInputException("editWindowMinutes", "consultation.error.out-of-range", 0, 10_080);
        }
    }
}
