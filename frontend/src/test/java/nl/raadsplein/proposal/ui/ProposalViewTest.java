package nl.raadsplein.proposal.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.proposal.Alignment;
import org.junit.jupiter.api.Test;

class ProposalViewTest extends ProposalUiTestSupport {

    @Test
    void supporting_and_withdrawing_change_the_count_text() throws InterruptedException {
        long id = proposal();
        signInAsResident();
        open(id);

        assertThat(supportCount()).isEqualTo("0 van 50 steunbetuigingen");
        click("Steunen");
        assertThat(supportCount()).isEqualTo("1 van 50 steunbetuigingen");
        assertThat(fixtures.supportCount(id)).isEqualTo(1);

        click("Steun intrekken");
        assertThat(button("Steunen").isEnabled()).isTrue();
        // The support's own broadcast may still reach the page after the withdrawal, and the withdrawal's after it.
        awaitSupportCount("0 van 50 steunbetuigingen");
        assertThat(fixtures.supportCount(id)).isZero();
    }

    @Test
    void the_count_follows_supports_by_others_while_the_page_is_open() {
        long id = proposal();
        visitAnonymously();
        open(id);
        assertThat(supportCount()).isEqualTo("0 van 50 steunbetuigingen");

        as(fixtures.account(), () -> supports.support(id));

        awaitSupportCount("1 van 50 steunbetuigingen");
    }

    @Test
    void a_visitor_who_is_not_logged_in_is_told_to_log_in_to_support() {
        long id = proposal();
        visitAnonymously();
        open(id);

        SupportControl support = $(SupportControl.class).single();
        assertThat(button("Steunen").isEnabled()).isFalse();
        assertThat(support.getElement().getTextRecursively()).contains("Om te steunen moet u ingelogd zijn.");
        assertThat($(RouterLink.class, support).withText("Inloggen").single().getHref())
                .isEqualTo(nl.raadsplein.account.ui.LoginView.ROUTE);
        assertThat($(Button.class).withText("Volgen").exists()).isFalse();
    }

    @Test
    void an_unverified_resident_is_sent_to_verify_where_supports_need_it() {
        long id = fixtures.proposalIn(
                nl.raadsplein.consultation.Phase.PROPOSALS,
                nl.raadsplein.proposal.ProposalFixtures.settings(50, 3, 30, true, false),
                proposals);
        signInAsResident();
        open(id);

        SupportControl support = $(SupportControl.class).single();
        assertThat(button("Steunen").isEnabled()).isFalse();
        assertThat(support.getElement().getTextRecursively())
                .contains("Om te steunen moet eerst worden bevestigd dat u in de gemeente woont.");
        assertThat($(RouterLink.class, support).single().getHref())
                .isEqualTo(nl.raadsplein.account.ui.VerifyResidencyView.ROUTE);
    }

    @Test
    void a_comment_against_raises_the_against_count() {
        long id = proposal();
        signInAsResident();
        open(id);
        assertThat(commentCounts()).isEqualTo("0 voor · 0 tegen · 0 reacties");

        test($(RadioButtonGroup.class)
                        .withLabel("Wat vindt u van dit voorstel?")
                        .single())
                .selectItem("Tegen");
        test($(TextArea.class).withLabel("Uw reactie").single()).setValue("Dit gaat mij te ver.");
        click("Plaatsen");

        assertThat(commentCounts()).isEqualTo("0 voor · 1 tegen · 1 reacties");
        ListItem comment = $(ListItem.class).withClassName("comment-depth-1").single();
        assertThat(comment.getElement().getTextRecursively()).contains("Tegen").contains("Dit gaat mij te ver.");
    }

    @Test
    void a_member_comments_against_on_behalf_of_their_verified_organisation() {
        long id = proposal();
        AccountPrincipal member = fixtures.account();
        fixtures.organisation(member.accountId(), true, true);
        signInAs(member);
        open(id);

        test($(RadioButtonGroup.class)
                        .withLabel("Wat vindt u van dit voorstel?")
                        .single())
                .selectItem("Tegen");
        test($(TextArea.class).withLabel("Uw reactie").single()).setValue("Sterren verbieden treft kleine platforms.");
        @SuppressWarnings("unchecked")
        Select<Object> postAs = $(Select.class).withLabel("Plaatsen als").single();
        postAs.setValue(postAs.getListDataView()
                .getItems()
                .filter(o -> ((java.util.Optional<?>) o).isPresent())
                .findFirst()
                .orElseThrow());
        click("Plaatsen");

        String comment = $(ListItem.class)
                .withClassName("comment-depth-1")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(comment)
                .contains("namens Dierenoppas")
                .contains("geverifieerd")
                .contains("Tegen");
        assertThat(commentCounts()).isEqualTo("0 voor · 1 tegen · 1 reacties");
    }

    @Test
    void a_reply_is_indented_under_its_comment() {
        long id = proposal();
        as(fixtures.account(), () -> comments.comment(newComment(id, null, Alignment.FOR, "Goed idee.")));
        signInAsResident();
        open(id);

        ListItem first = $(ListItem.class).withClassName("comment-depth-1").single();
        test($(Button.class, first).withText("Reageren").single()).click();
        CommentForm reply = $(CommentForm.class, first).single();
        test($(RadioButtonGroup.class, reply).single()).selectItem("Voor");
        test($(TextArea.class, reply).single()).setValue("Eens, en ook voor de bibliotheek.");
        test($(Button.class, reply).withText("Plaatsen").single()).click();

        ListItem answer = $(ListItem.class).withClassName("comment-depth-2").single();
        assertThat(answer.getElement().getTextRecursively()).contains("Eens, en ook voor de bibliotheek.");
        Component list = answer.getParent().orElseThrow();
        assertThat(list).isInstanceOf(UnorderedList.class);
        assertThat(list.getClassNames()).contains("replies");
        assertThat(list.getParent().orElseThrow().getClassNames()).contains("comment-depth-1");
        assertThat(commentCounts()).isEqualTo("2 voor · 0 tegen · 2 reacties");
    }

    @Test
    void a_removed_comment_says_so_and_keeps_its_reply() {
        long id = proposal();
        AccountPrincipal author = fixtures.account();
        long parent = as(
                author,
                () -> comments.comment(newComment(id, null, Alignment.AGAINST, "Eerste reactie die weg gaat.")));
        as(
                fixtures.account(),
                () -> comments.comment(newComment(id, parent, Alignment.NEUTRAL, "Een antwoord dat blijft.")));
        signInAs(author);
        open(id);

        click("Verwijderen");
        click("Reactie verwijderen");

        String thread =
                $(Div.class).withClassName("thread").single().getElement().getTextRecursively();
        assertThat(thread)
                .contains("Verwijderd door de schrijver")
                .contains("Een antwoord dat blijft.")
                .doesNotContain("Eerste reactie die weg gaat.");
        assertThat($(ListItem.class)
                        .withClassName("comment-depth-2")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Een antwoord dat blijft.");
        assertThat(commentCounts()).isEqualTo("0 voor · 0 tegen · 1 reacties");
    }
}
