package nl.raadsplein.platform.ui;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.platform.AuditTampering;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.proposal.EntryChannel;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.SupportService;
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
    AuditTrail trail;

    @Autowired
    AuditLog audit;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTampering tampering;

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    private long record(AccountPrincipal who, String reason) {
        return ProposalFixtures.as(
                who,
                () -> new TransactionTemplate(transactions)
                        .execute(status -> trail.record(who.accountId(), "TEST_ENTRY", "TEST", 7L, reason, null)));
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private String result() {
        return $(Paragraph.class).withClassName("audit-result").single().getText();
    }

    @Test
    void the_administrator_runs_the_check_and_sees_the_latest_entries_with_who_acted() {
        AccountPrincipal admin = signInAs(Role.ADMIN);
        long seq = record(admin, "Even iets vastleggen");
        navigate(AuditView.class);
        assertThat(heading()).isEqualTo("Auditlog");
        assertThat(menu()).contains("Auditlog");

        click("Keten controleren");
        assertThat(result()).matches("Keten intact: [0-9.]+ regels gecontroleerd\\.");
        String keep = $(Paragraph.class).withClassName("audit-anchor").single().getText();
        assertThat(keep).startsWith("Bewaar dit ijkpunt buiten de database en vul het bij de volgende controle in: ");
        String anchor = keep.substring(keep.lastIndexOf(' ') + 1);
        TextField anchorField = $(TextField.class)
                .withLabel("IJkpunt van een eerdere controle (niet verplicht)")
                .single();
        test(anchorField).setValue(anchor);
        click("Keten controleren");
        assertThat(anchorField.isInvalid()).isFalse();
        assertThat(result()).startsWith("Keten intact");

        test(anchorField).setValue("12:kapot");
        click("Keten controleren");
        assertThat(anchorField.isInvalid()).isTrue();
        assertThat(anchorField.getErrorMessage()).startsWith("Dit is geen ijkpunt.");
        assertThat($(Paragraph.class).withClassName("audit-result").exists())
                .as("no result shown")
                .isFalse();

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
    void a_support_the_griffie_entered_by_phone_reads_as_such_with_the_residents_pseudonym() {
        long id = fixtures.proposalIn(Phase.SUPPORTS, ProposalFixtures.settings(50, 3, 30, false, false), proposals);
        AccountPrincipal resident = fixtures.account();
        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        ProposalFixtures.as(griffier, () -> supports.supportOnBehalf(id, resident.accountId(), EntryChannel.PHONE));
        signInAs(Role.ADMIN);
        navigate(AuditView.class);
        var rows = test($(Grid.class).withClassName("audit-entries").single());
        assertThat(rows.getCellText(0, 2)).isEqualTo(griffier.displayName());
        assertThat(rows.getCellText(0, 3)).isEqualTo("Steun namens inwoner ingevoerd");
        assertThat(rows.getCellText(0, 4)).isEqualTo("PROPOSAL " + id);
        assertThat(rows.getCellText(0, 6)).matches("Via telefoon, inwoner [0-9a-f]{16} \\(pseudoniem\\)");
        assertThat(rows.getCellText(0, 6)).doesNotContain(resident.displayName());
    }

    @Test
    void a_row_changed_in_the_database_is_named_with_its_time_and_action() {
        AccountPrincipal admin = signInAs(Role.ADMIN);
        long seq = record(admin, "origineel");
        record(admin, "daarna");
        navigate(AuditView.class);
        try {
            tampering.asOwner(owner -> owner.update(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.REASON, "vervalst")
                    .where(AUDIT_ENTRY.SEQ.eq(seq))
                    .execute());
            click("Keten controleren");
            String when = Formats.dateTime(
                    fixtures.dsl()
                            .select(AUDIT_ENTRY.RECORDED_AT)
                            .from(AUDIT_ENTRY)
                            .where(AUDIT_ENTRY.SEQ.eq(seq))
                            .fetchOne()
                            .value1(),
                    com.vaadin.flow.component.UI.getCurrent().getLocale());
            assertThat(result())
                    .isEqualTo("Keten verbroken: regel " + seq + " van " + when + " (TEST_ENTRY) is gewijzigd.");
        } finally {
            tampering.asOwner(owner -> owner.update(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.REASON, "origineel")
                    .where(AUDIT_ENTRY.SEQ.eq(seq))
                    .execute());
        }
        click("Keten controleren");
        assertThat(result()).startsWith("Keten intact");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"RESIDENT", "COUNCILLOR", "GRIFFIER"})
    void anyone_but_the_administrator_finds_no_such_page(Role role) {
        signInAs(role);
        navigate("beheer/audit", Component.class);
        assertThat(heading()).isEqualTo("Pagina niet gevonden");
        assertThat(menu()).doesNotContain("Auditlog");
    }
}
