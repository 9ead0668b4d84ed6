package nl.raadsplein.consultation;

import nl.raadsplein.platform.InvalidInputException;

/**
 * The rules a griffier sets per consultation. {@code premoderation}: new proposals and comments wait for
 * a moderator before anyone else sees them. {@code reportsToHide} (N) and {@code reporterMinimumAgeDays} (D):
 * an item is hidden pending review once N distinct verified residents whose accounts are at least D days old
 * reported it.
 */
public record ConsultationSettings(
        int supportThreshold,
        int maxProposalsPerResident,
        int editWindowMinutes,
        boolean supportsRequireVerification,
        boolean premoderation,
        int reportsToHide,
        int reporterMinimumAgeDays) {

    public static final int DEFAULT_REPORTS_TO_HIDE = 5;
    public static final int DEFAULT_REPORTER_MINIMUM_AGE_DAYS = 7;
    public static final ConsultationSettings DEFAULTS = new ConsultationSettings(50, 3, 30, true, false);

    /** Settings with the default moderation thresholds. */
    public ConsultationSettings(
            int supportThreshold,
            int maxProposalsPerResident,
            int editWindowMinutes,
            boolean supportsRequireVerification,
            boolean premoderation) {
        this(
                supportThreshold,
                maxProposalsPerResident,
                editWindowMinutes,
                supportsRequireVerification,
                premoderation,
                DEFAULT_REPORTS_TO_HIDE,
                DEFAULT_REPORTER_MINIMUM_AGE_DAYS);
    }

    /** These settings with other moderation thresholds. */
    public ConsultationSettings withHiding(int reports, int minimumAgeDays) {
        return new ConsultationSettings(
                supportThreshold,
                maxProposalsPerResident,
                editWindowMinutes,
                supportsRequireVerification,
                premoderation,
                reports,
                minimumAgeDays);
    }

    /** Fewer reporters or younger accounts would let a handful of fresh sock puppets hide what they dislike. */
    public static final int MIN_REPORTS_TO_HIDE = 3;

    public static final int MIN_REPORTER_AGE_DAYS = 1;

    void check() {
        if (reportsToHide < MIN_REPORTS_TO_HIDE || reportsToHide > 1_000) {
            throw new InvalidInputException(
                    "reportsToHide", "consultation.error.out-of-range", MIN_REPORTS_TO_HIDE, 1_000);
        }
        if (reporterMinimumAgeDays < MIN_REPORTER_AGE_DAYS || reporterMinimumAgeDays > 365) {
            throw new InvalidInputException(
                    "reporterMinimumAgeDays", "consultation.error.out-of-range", MIN_REPORTER_AGE_DAYS, 365);
        }
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
