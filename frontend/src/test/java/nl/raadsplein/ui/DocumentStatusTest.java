package nl.raadsplein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.account.ui.PublicProfileView;
import nl.raadsplein.agenda.ui.ThemeView;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.consultation.ui.ConsultationEditorView;
import nl.raadsplein.consultation.ui.ConsultationView;
import nl.raadsplein.moderation.ui.ConductRulesView;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalState;
import nl.raadsplein.proposal.ui.ProposalView;
import nl.raadsplein.proposal.ui.ProposalsView;
import nl.raadsplein.proposal.ui.SubmitProposalView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which parameterised addresses the document status filter answers with 404, for every kind of item a route names:
 * a code, a consultation's id on its three pages, a proposal's and a participant's id. (A decision's, which depends on
 * who asks, is in LogAndDecisionTest.)
 */
class DocumentStatusTest extends UiTest {

    @Autowired
    DocumentStatusFilter filter;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalService proposals;

    @BeforeEach
    void visitAnonymously() {
        TestAccounts.signInAnonymously();
    }

    private boolean exists(Class<? extends Component> view, String parameter, Object value) {
        return filter.exists(view, new RouteParameters(parameter, String.valueOf(value)));
    }

    @Test
    void a_theme_is_named_by_its_code() {
        assertThat(exists(ThemeView.class, "code", "3A.1")).isTrue();
        assertThat(exists(ThemeView.class, "code", "9Z.9")).isFalse();
        assertThat(exists(ThemeView.class, "code", "")).isFalse();
    }

    @Test
    void a_consultations_pages_exist_when_it_does() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        for (Class<? extends Component> view :
                List.of(ConsultationView.class, ConductRulesView.class, SubmitProposalView.class)) {
            assertThat(exists(view, "id", consultation))
                    .as(view.getSimpleName())
                    .isTrue();
            assertThat(exists(view, "id", 999999999)).as(view.getSimpleName()).isFalse();
            assertThat(exists(view, "id", "0")).as(view.getSimpleName()).isFalse();
            assertThat(exists(view, "id", "abc")).as(view.getSimpleName()).isFalse();
        }
    }

    @Test
    void the_consultation_editor_opens_empty_for_a_new_one_or_on_one_that_exists() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        assertThat(filter.exists(ConsultationEditorView.class, RouteParameters.empty()))
                .isTrue();
        assertThat(exists(ConsultationEditorView.class, "id", consultation)).isTrue();
        assertThat(exists(ConsultationEditorView.class, "id", 999999999)).isFalse();
        assertThat(exists(ConsultationEditorView.class, "id", "abc")).isFalse();
    }

    @Test
    void a_proposal_the_visitor_may_not_see_does_not_exist() {
        long visible =
                fixtures.proposalIn(Phase.PROPOSALS, ProposalFixtures.settings(50, 3, 30, false, false), proposals);
        long hidden =
                fixtures.proposalIn(Phase.PROPOSALS, ProposalFixtures.settings(50, 3, 30, false, false), proposals);
        fixtures.setState(hidden, ProposalState.HIDDEN);

        assertThat(exists(ProposalView.class, ProposalView.ID, visible)).isTrue();
        assertThat(exists(ProposalView.class, ProposalView.ID, hidden)).isFalse();
        assertThat(exists(ProposalView.class, ProposalView.ID, 999999999)).isFalse();
        assertThat(exists(ProposalView.class, ProposalView.ID, "abc")).isFalse();
    }

    @Test
    void a_participants_page_exists_by_its_opaque_id_once_they_posted_something_public() {
        AccountPrincipal quiet = fixtures.account();
        assertThat(exists(PublicProfileView.class, PublicProfileView.ID, fixtures.publicId(quiet.accountId())))
                .isFalse();
        AccountPrincipal participant = fixtures.account();
        String page = fixtures.publicPage(participant.accountId());
        assertThat(exists(PublicProfileView.class, PublicProfileView.ID, page)).isTrue();
        assertThat(exists(PublicProfileView.class, PublicProfileView.ID, participant.accountId()))
                .isFalse();
        assertThat(exists(PublicProfileView.class, PublicProfileView.ID, "niet-een-nummer"))
                .isFalse();
    }

    @Test
    void a_view_that_names_no_item_always_exists() {
        assertThat(filter.exists(ProposalsView.class, RouteParameters.empty())).isTrue();
    }
}
