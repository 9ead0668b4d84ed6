package nl.raadsplein.moderation;

import java.util.List;
import nl.raadsplein.platform.Paging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public moderation log: what the griffie did, when, where and why, and counts per month. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class PublicLogService {

    private final PublicLogRepository log;

    PublicLogService(PublicLogRepository log) {
        this.log = log;
    }

    /** The public log, newest first: date, kind of item, consultation, action and reason category. */
    @PreAuthorize("permitAll()")
    public List<PublicLogEntry> publicLog(int offset, int limit) {
        Paging.check(offset, limit);
        return log.publicLog(offset, limit);
    }

    /** The decisions on one consultation's proposals and comments, oldest first: for its archive. */
    @PreAuthorize("permitAll()")
    public List<PublicLogEntry> aboutConsultation(long consultationId) {
        return log.aboutConsultation(consultationId);
    }

    /** The decisions on one value discussion's statements, oldest first: for its archive. */
    @PreAuthorize("permitAll()")
    public List<PublicLogEntry> aboutDiscussion(long discussionId) {
        return log.aboutDiscussion(discussionId);
    }

    @PreAuthorize("permitAll()")
    public int countPublicLog() {
        return log.countPublicLog();
    }

    /** Counts per month, action and reason, newest month first. */
    @PreAuthorize("permitAll()")
    public List<MonthlyCount> monthlyCounts() {
        return log.monthlyCounts();
    }
}
