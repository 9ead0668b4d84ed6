package nl.raadsplein.account.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.ProfileService;
import nl.raadsplein.account.ProfileTextDraft;
import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ui.ProposalView;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public profile page and the "Over mij" text with its personal-data warning under Mijn account. */
class PublicProfileTest extends UiTest {

    private static final String PHONE_TEXT = "Ik help graag bij de buurtmoestuin. Bel 06-12345678.";

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    AccountService accounts;

    @Autowired
    ProfileService profiles;

    @Autowired
    ModerationQueueService moderationQueue;

    private void visitAnonymously() {
        cleanVaadinEnvironment();
        TestAccounts.signInAnonymously();
        initVaadinEnvironment();
    }

    private void openProfile(AccountPrincipal who) {
        navigate("deelnemers/" + fixtures.publicId(who.accountId()), PublicProfileView.class);
    }

    private String page() {
        return $(PublicProfileView.class).single().getElement().getTextRecursively();
    }

    private AccountPrincipal withText(String text, boolean confirmed) {
        AccountPrincipal owner = fixtures.account();
        as(owner, () -> accounts.setProfileText(new ProfileTextDraft(text, confirmed)));
        return owner;
    }

    @Test
    void a_visitor_sees_name_text_and_public_proposals_newest_first_but_no_report_button() {
        AccountPrincipal author = withText("Fietser en vrijwilliger bij de bibliotheek.", false);
        long consultation = fixtures.consultation(Phase.PROPOSALS, ProposalFixtures.settings(50, 3, 30, false, false));
        as(
                author,
                () -> proposals.submit(
                        ProposalFixtures.submission(consultation, "Meer fietsenrekken bij het station")));
        as(author, () -> proposals.submit(ProposalFixtures.submission(consultation, "Langer open bibliotheek")));

        visitAnonymously();
        openProfile(author);
        assertThat(heading()).isEqualTo(author.displayName());
        assertThat(page())
                .contains("Deelnemer sinds")
                .contains("Fietser en vrijwilliger bij de bibliotheek.")
                .contains("Aantal voorstellen: 2");
        List<String> titles = $(RouterLink.class).all().stream()
                .filter(link -> link.getHref().startsWith("voorstellen/"))
                .map(RouterLink::getText)
                .toList();
        assertThat(titles).containsExactly("Langer open bibliotheek", "Meer fietsenrekken bij het station");
        assertThat($(Button.class).withText("Dit profiel melden").exists()).isFalse();
    }

    @Test
    void a_waiting_text_is_marked_for_its_owner_and_a_placeholder_for_others() {
        AccountPrincipal owner = withText(PHONE_TEXT, true);
        fixtures.publicPage(owner.accountId());
        signInAs(owner);
        openProfile(owner);
        assertThat(page()).contains(PHONE_TEXT).contains("Wacht op moderatie");
        assertThat($(Button.class).withText("Dit profiel melden").exists()).isFalse();

        signInAs(fixtures.account());
        openProfile(owner);
        assertThat(page()).doesNotContain("06-12345678").contains("Deze tekst is nu niet te zien.");
    }

    @Test
    void someone_logged_in_reports_the_profile_and_the_page_then_says_so() {
        AccountPrincipal owner = withText("Ik vind iedereen in mijn straat stom.", false);
        fixtures.publicPage(owner.accountId());
        signInAs(fixtures.account());
        openProfile(owner);

        click("Dit profiel melden");
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Profiel melden");
        test($(RadioButtonGroup.class, dialog).single()).selectItem("Beledigend of kwetsend");
        test($(Button.class, dialog).withText("Melden").single()).click();
        test($(Button.class, dialog).withText("Sluiten").single()).click();

        assertThat($(Button.class).withText("Dit profiel melden").exists()).isFalse();
        assertThat(saysSomewhere("U heeft dit profiel gemeld.")).isTrue();
        assertThat(fixtures.asGriffier(() -> moderationQueue.item(ContentRef.profile(owner.accountId())))
                        .item()
                        .reasons())
                .containsExactly(ReportReason.OFFENSIVE);
    }

    @Test
    void author_names_on_a_proposal_and_its_comments_link_to_their_profiles() {
        AccountPrincipal author = fixtures.account();
        AccountPrincipal commenter = fixtures.account();
        long consultation = fixtures.consultation(Phase.PROPOSALS, ProposalFixtures.settings(50, 3, 30, false, false));
        long id = as(author, () -> proposals.submit(ProposalFixtures.submission(consultation, "Bankjes in het park")));
        as(commenter, () -> comments.comment(newComment(id, null, Alignment.FOR, "Goed idee.")));

        visitAnonymously();
        navigate("voorstellen/" + id, ProposalView.class);
        assertThat($(RouterLink.class).withText(author.displayName()).single().getHref())
                .isEqualTo("deelnemers/" + fixtures.publicId(author.accountId()));
        ListItem comment = $(ListItem.class).withClassName("comment").single();
        assertThat($(RouterLink.class, comment)
                        .withText(commenter.displayName())
                        .single()
                        .getHref())
                .isEqualTo("deelnemers/" + fixtures.publicId(commenter.accountId()));

        // A published comment is enough for the commenter's page to be there.
        openProfile(commenter);
        assertThat(heading()).isEqualTo(commenter.displayName());
    }

    @Test
    void the_page_of_someone_who_never_posted_anything_public_is_not_found_but_its_owner_sees_it() {
        AccountPrincipal quiet = withText("Ik lees vooral mee.", false);
        visitAnonymously();
        navigate("deelnemers/" + fixtures.publicId(quiet.accountId()), Component.class);
        assertThat(heading()).isEqualTo("Pagina niet gevonden");

        signInAs(quiet);
        openProfile(quiet);
        assertThat(heading()).isEqualTo(quiet.displayName());
        assertThat(page()).contains("Ik lees vooral mee.");
    }

    @Test
    void an_unknown_participant_is_page_not_found() {
        visitAnonymously();
        navigate("deelnemers/999999999", Component.class);
        assertThat(heading()).isEqualTo("Pagina niet gevonden");
        navigate("deelnemers/abc", Component.class);
        assertThat(heading()).isEqualTo("Pagina niet gevonden");
        AccountPrincipal author = fixtures.account();
        fixtures.publicPage(author.accountId());
        navigate("deelnemers/" + author.accountId(), Component.class);
        assertThat(heading())
                .as("the account's number is not its page's address")
                .isEqualTo("Pagina niet gevonden");
    }

    @Test
    void the_profile_text_warns_about_a_phone_number_and_posted_anyway_waits_for_moderation() {
        AccountPrincipal me = signInAs();
        navigate(ProfileView.class);
        TextArea about = $(TextArea.class).withLabel("Over mij").single();
        test(about).setValue(PHONE_TEXT);
        click("Tekst opslaan");

        PersonalDataWarning warning = $(PersonalDataWarning.class).single();
        assertThat(warning.isVisible()).isTrue();
        assertThat($(ListItem.class, warning).single().getElement().getTextRecursively())
                .isEqualTo("een telefoonnummer in de tekst: ‘06-12345678’");
        assertThat(as(me, () -> profiles.profile(fixtures.publicId(me.accountId())))
                        .textState())
                .isNull();

        click("Toch plaatsen");
        assertThat(warning.isVisible()).isFalse();
        assertThat(saysSomewhere("Wacht op moderatie")).isTrue();
        assertThat(as(me, () -> profiles.profile(fixtures.publicId(me.accountId())))
                        .textState())
                .isEqualTo(ProfileTextState.AWAITING_MODERATION);
    }

    @Test
    void a_too_long_profile_text_is_refused_in_words_and_nothing_changes() {
        AccountPrincipal me = signInAs();
        navigate(ProfileView.class);
        TextArea about = $(TextArea.class).withLabel("Over mij").single();
        about.setValue("x".repeat(501));
        click("Tekst opslaan");
        assertThat(about.isInvalid()).isTrue();
        assertThat(about.getErrorMessage()).contains("500");
        assertThat(as(me, () -> profiles.profile(fixtures.publicId(me.accountId())))
                        .text())
                .isNull();
    }
}
