package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.MODERATION_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.platform.internal.LimitProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reporting is limited per account (ADR 24), the griffie's excepted; the refusal changes nothing. */
class ReportLimitTest extends ModerationTestBase {

    @Autowired
    LimitProperties limits;

    private int reportsBy(AccountPrincipal reporter) {
        return dsl().fetchCount(MODERATION_REPORT, MODERATION_REPORT.REPORTER_ID.eq(reporter.accountId()));
    }

    @Test
    void the_twenty_first_report_within_the_hour_is_refused_and_others_still_report() {
        assertThat(limits.reports()).isEqualTo(20);
        List<AccountPrincipal> profiles = fixtures.accounts(22);
        AccountPrincipal eager = fixtures.account();
        for (AccountPrincipal profile : profiles.subList(0, 20)) {
            report(eager, ContentRef.profile(profile.accountId()), ReportReason.SPAM);
        }

        ContentRef twentyFirst = ContentRef.profile(profiles.get(20).accountId());
        assertRefused(() -> report(eager, twentyFirst, ReportReason.SPAM), "reason", "error.posting-limit.report");
        assertThat(reportsBy(eager)).isEqualTo(20);

        AccountPrincipal other = fixtures.account();
        report(other, twentyFirst, ReportReason.SPAM);
        assertThat(reportsBy(other)).isEqualTo(1);
        AccountPrincipal griffier = griffier();
        for (AccountPrincipal profile : profiles) {
            report(griffier, ContentRef.profile(profile.accountId()), ReportReason.SPAM);
        }
        assertThat(reportsBy(griffier)).isEqualTo(22);
    }
}
