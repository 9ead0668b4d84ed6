package nl.raadsplein.platform.ui;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditViewTest extends UiTest {

    @Autowired
    AuditLog audit;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    PlatformTransactionManager transactions;

    private long record(AccountPrincipal who, String reason) {
        return ProposalFixtures.as(who, () -> new TransactionTemplate(transactions).execute(status ->
                audit.record(who.accountId(), "TEST_ENTRY", "TEST", 7L, reason, null)));
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private String result() {
        return $(Paragraph.class).withClassName("audit-result").single().getText();
    }

    @Test
    void theAdministratorRunsTheCheckAndSeesTheLatestEntriesWithWhoActed() {
        AccountPrincipal admin = signInAs(Role.ADMIN);
        long seq = record(admin, "Even iets vastleggen");
        navigate(AuditView.class);
        assertThat(heading()).isEqualTo("Auditlog");
        assertThat(menu()).contains("Auditlog");

        click("Keten controleren");
        assertThat(result()).matches("Keten intact: [0-9.]+ regels gecontroleerd\\.");

        Grid<?> grid = $(Grid.class).withClassName("audit-entries").single();
        var rows = test(grid);
        assertThat(rows.getCellText(0, 0)).isEqualTo(String.valueOf(seq));
        assertThat(rows.getCellText(0, 2)).isEqualTo(admin.displayName());
        assertThat(rows.getCellText(0, 3)).isEqualTo("TEST_ENTRY");
        assertThat(rows.getCellText(0, 4)).isEqualTo("TEST 7");
        assertThat(rows.getCellText(0, 5)).isEqualTo("Even iets vastleggen");
        assertThat(rows.size()).isEqualTo(audit.count());
    }

    @Test
    void aRowChangedInTheDatabaseIsNamedWithItsTimeAndAction() {
        AccountPrincipal admin = signInAs(Role.ADMIN);
        long seq = record(admin, "origineel");
        record(admin, "daarna");
        navigate(AuditView.class);
        try {
            fixtures.dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.REASON, "vervalst").where(AUDIT_ENTRY.SEQ.eq(seq))
                    .execute();
            click("Keten controleren");
            String when = Formats.dateTime(fixtures.dsl().select(AUDIT_ENTRY.RECORDED_AT).from(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.SEQ.eq(seq)).fetchOne().value1(), com.vaadin.flow.component.UI.getCurrent().getLocale());
            assertThat(result()).isEqualTo("Keten verbroken: regel " + seq + " van " + when + " (TEST_ENTRY) is gewijzigd.");
        } finally {
            fixtures.dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.REASON, "origineel").where(AUDIT_ENTRY.SEQ.eq(seq))
                    .execute();
        }
        click("Keten controleren");
        assertThat(result()).startsWith("Keten intact");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESIDENT", "COUNCILLOR", "GRIFFIER"})
    void anyoneButTheAdministratorFindsNoSuchPage(Role role) {
        signInAs(role);
        navigate("beheer/audit", Component.class);
        assertThat(heading()).isEqualTo("Pagina niet gevonden");
        assertThat(menu()).doesNotContain("Auditlog");
    }
}
