package nl.raadsplein.opendata;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.StatementState;
import nl.raadsplein.motion.AgendaItemDraft;
import nl.raadsplein.motion.Citation;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.MeetingService;
import nl.raadsplein.motion.MotionFixtures;
import nl.raadsplein.motion.MotionLifecycle;
import nl.raadsplein.motion.MotionService;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.VoteChoice;
import nl.raadsplein.motion.VoteMethod;
import nl.raadsplein.motion.VoteRecording;
import nl.raadsplein.motion.VoteResult;
import nl.raadsplein.motion.VoteService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The open-data reads show exactly what any visitor of the site sees: every kind of content that is hidden,
 * waiting for the griffie, withdrawn by moderation or still a draft stays out, and people appear by their public
 * display name only.
 */
class OpenDataTest extends OpenDataTestBase {

    private static final PageRequest ALL = new PageRequest(0, 100);

    @Autowired
    OpenDataService openData;

    @Autowired
    CommentService comments;

    @Autowired
    MotionFixtures council;

    @Autowired
    MotionService motions;

    @Autowired
    MotionLifecycle lifecycle;

    @Autowired
    VoteService votes;

    @Autowired
    MeetingService meetings;

    private Instant start;

    @BeforeEach
    void note_the_start() {
        start = clock.instant();
    }

    @Test
    void hidden_waiting_and_moderated_proposals_and_comments_never_appear() {
        long consultation = people.consultation(Phase.PROPOSALS);
        AccountPrincipal author = people.account();
        long shown = propose(author, consultation, "Zichtbaar voorstel");
        long hidden = propose(author, consultation, "Verborgen voorstel");
        long waiting = propose(author, consultation, "Wachtend voorstel");
        long shownComment = comment(author, shown, "Een zichtbare reactie");
        long hiddenComment = comment(author, shown, "Een verborgen reactie");
        long waitingComment = comment(author, shown, "Een wachtende reactie");
        long removedComment = comment(author, shown, "Een ingetrokken reactie");
        long onHiddenProposal = comment(author, hidden, "Een reactie onder een verborgen voorstel");
        people.setState(hidden, ProposalState.HIDDEN);
        people.setState(waiting, ProposalState.AWAITING_MODERATION);
        commentState(hiddenComment, ProposalCommentState.HIDDEN);
        commentState(waitingComment, ProposalCommentState.AWAITING_MODERATION);
        commentState(removedComment, ProposalCommentState.REMOVED_BY_AUTHOR);

        TestAccounts.signInAnonymously();
        assertThat(ids(openData.proposals(ApiFilter.NONE, consultation, ALL), ApiProposal::id))
                .containsExactly(shown);
        assertThat(ids(openData.comments(ApiFilter.NONE, null, ALL), ApiComment::id))
                .contains(shownComment)
                .doesNotContain(hiddenComment, waitingComment, removedComment, onHiddenProposal);
        assertThat(openData.comments(ApiFilter.NONE, hidden, ALL).total()).isZero();
    }

    @Test
    void a_proposal_comes_with_its_counts_and_its_authors_public_name_and_a_former_participant_with_none() {
        long consultation = people.consultation(Phase.PROPOSALS);
        AccountPrincipal author = people.account();
        long proposal = propose(author, consultation, "Voorstel met tellingen");
        comment(author, proposal, "Ik ben voor");

        TestAccounts.signInAnonymously();
        ApiProposal read =
                openData.proposals(ApiFilter.NONE, consultation, ALL).items().getFirst();
        assertThat(read.title()).isEqualTo("Voorstel met tellingen");
        assertThat(read.author()).isEqualTo(author.displayName());
        assertThat(read.toString()).doesNotContain(author.email());
        assertThat(read.comments()).isEqualTo(1);
        assertThat(read.commentsFor()).isEqualTo(1);
        assertThat(read.topics()).isNotEmpty();

        people.dsl()
                .update(ACCOUNT)
                .set(ACCOUNT.DELETED_AT, clock.instant())
                .where(ACCOUNT.ID.eq(author.accountId()))
                .execute();
        assertThat(openData.proposals(ApiFilter.NONE, consultation, ALL)
                        .items()
                        .getFirst()
                        .author())
                .isNull();
        assertThat(openData.comments(ApiFilter.NONE, proposal, ALL)
                        .items()
                        .getFirst()
                        .author())
                .isNull();
    }

    @Test
    void drafts_and_discussions_awaiting_approval_stay_out_and_only_published_statements_count() {
        AccountPrincipal councillor = people.account();
        long published =
                discussions.discussion(councillor.accountId(), "Camera's in de winkelstraat?", Duration.ofDays(5));
        long draft = discussions.discussion(councillor.accountId(), "Nog in concept?", Duration.ofDays(5));
        long offered = discussions.discussion(councillor.accountId(), "Wacht op de griffie?", Duration.ofDays(5));
        long rejected = discussions.discussion(councillor.accountId(), "Afgewezen?", Duration.ofDays(5));
        discussions.setState(draft, DiscussionState.DRAFT);
        discussions.setState(offered, DiscussionState.OFFERED);
        discussions.setState(rejected, DiscussionState.REJECTED);
        long kept = discussions.statement(published, "Camera's maken de straat veiliger.");
        long hidden = discussions.statement(published, "Een verborgen stelling.");
        discussions.hide(hidden);
        long pending = discussions.statement(published, "Een stelling die op de griffie wacht.");
        discussions
                .dsl()
                .update(STATEMENT)
                .set(STATEMENT.STATE, StatementState.PENDING)
                .where(STATEMENT.ID.eq(pending))
                .execute();
        long participant = discussions.participant(published, people.account().accountId());
        discussions.vote(published, participant, kept, Stance.AGREE);

        TestAccounts.signInAnonymously();
        List<ApiDiscussion> read =
                openData.discussions(new ApiFilter(null, start), ALL).items();
        assertThat(read).extracting(ApiDiscussion::id).contains(published).doesNotContain(draft, offered, rejected);
        ApiDiscussion discussion =
                read.stream().filter(d -> d.id() == published).findFirst().orElseThrow();
        assertThat(discussion.statements())
                .extracting(ApiDiscussion.Statement::id)
                .containsExactly(kept);
        assertThat(discussion.statements().getFirst().agree()).isEqualTo(1);
        assertThat(discussion.participants()).isEqualTo(1);
        assertThat(discussion.values()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_motion_appears_once_submitted_with_its_text_citations_and_the_vote_per_party() {
        MotionFixtures.Council term = council.council(10, 9);
        AccountPrincipal francis = term.councillors()[0];
        long consultation = people.consultation(Phase.PROPOSALS);
        long proposal = propose(people.account(), consultation, "Geciteerd voorstel");
        long submitted = as(
                francis,
                () -> motions.draft(motion("Ingediende motie", new Citation(CitationKind.PROPOSAL, proposal))));
        long draft = as(francis, () -> motions.draft(motion("Motie in concept")));
        as(francis, () -> {
            lifecycle.submit(submitted, term.itemId());
            return null;
        });
        as(
                term.griffier(),
                () -> votes.record(new VoteRecording(
                        submitted,
                        VoteMethod.PARTY,
                        Map.of(term.parties()[0], VoteChoice.FOR, term.parties()[1], VoteChoice.AGAINST),
                        null)));

        TestAccounts.signInAnonymously();
        List<ApiMotion> read =
                openData.motions(new ApiFilter("3A.1", start), ALL).items();
        assertThat(read).extracting(ApiMotion::id).contains(submitted).doesNotContain(draft);
        ApiMotion motion =
                read.stream().filter(m -> m.id() == submitted).findFirst().orElseThrow();
        assertThat(motion.title()).isEqualTo("Ingediende motie");
        assertThat(motion.state()).isEqualTo(MotionState.VOTED);
        assertThat(motion.result()).isEqualTo(VoteResult.ADOPTED);
        assertThat(motion.clauses()).isNotEmpty();
        assertThat(motion.cites()).containsExactly(new ApiMotion.Citation(CitationKind.PROPOSAL, proposal));
        assertThat(motion.submitters()).extracting(ApiMotion.Submitter::name).containsExactly(francis.displayName());
        ApiMotion.Vote vote = motion.votes().getFirst();
        assertThat(vote.votesFor()).isEqualTo(10);
        assertThat(vote.votesAgainst()).isEqualTo(9);
        assertThat(vote.lines())
                .extracting(ApiMotion.VoteLine::choice)
                .containsExactly(VoteChoice.FOR, VoteChoice.AGAINST);
        assertThat(openData.meetings(new ApiFilter(null, start), ALL).items())
                .anySatisfy(meeting -> assertThat(meeting.agenda())
                        .extracting(ApiMeeting.AgendaItem::id)
                        .contains(term.itemId()));
    }

    @Test
    void modified_since_and_theme_narrow_a_list_to_what_changed_and_what_it_is_about() {
        long consultation = people.consultation(Phase.PROPOSALS);
        long before = propose(people.account(), consultation, "Eerder voorstel");
        clock.advance(Duration.ofMinutes(5));
        Instant later = clock.instant();
        long after = propose(people.account(), consultation, "Later voorstel");

        TestAccounts.signInAnonymously();
        assertThat(ids(openData.proposals(new ApiFilter(null, later), consultation, ALL), ApiProposal::id))
                .containsExactly(after);
        assertThat(ids(openData.proposals(new ApiFilter("3A.2", null), consultation, ALL), ApiProposal::id))
                .containsExactly(before, after);
        assertThat(openData.proposals(new ApiFilter("3A.1", null), consultation, ALL)
                        .total())
                .isZero();
        assertThat(ids(openData.consultations(new ApiFilter("3A.2", start), ALL), ApiConsultation::id))
                .contains(consultation);
        assertThat(openData.consultations(new ApiFilter(null, start), ALL).items())
                .filteredOn(c -> c.id() == consultation)
                .singleElement()
                .satisfies(c -> assertThat(c.phase()).isEqualTo(Phase.PROPOSALS));
    }

    @Test
    void an_agenda_item_added_later_counts_as_a_change_of_its_meeting() {
        MotionFixtures.Council term = council.council(10, 9);
        clock.advance(Duration.ofMinutes(5));
        Instant later = clock.instant();
        TestAccounts.signInAnonymously();
        assertThat(openData.meetings(new ApiFilter(null, later), ALL).items())
                .extracting(ApiMeeting::id)
                .doesNotContain(term.meetingId());

        as(term.griffier(), () -> meetings.addItem(term.meetingId(), new AgendaItemDraft("Rondvraag", List.of())));

        TestAccounts.signInAnonymously();
        assertThat(openData.meetings(new ApiFilter(null, later), ALL).items())
                .extracting(ApiMeeting::id)
                .contains(term.meetingId());
    }

    @Test
    void pages_hold_at_most_a_hundred_and_never_start_before_the_first() {
        assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(-1, 20)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, 100)).isInstanceOf(InvalidInputException.class);

        TestAccounts.signInAnonymously();
        ApiPage<ApiTheme> second = openData.themes(new PageRequest(1, 5));
        assertThat(second.items()).hasSize(5);
        assertThat(second.total()).isGreaterThan(10);
    }

    @Test
    void a_hostile_theme_matches_nothing_and_breaks_nothing() {
        TestAccounts.signInAnonymously();
        for (String hostile : HostileInputs.lines()) {
            ApiFilter filter = new ApiFilter(hostile, null);
            assertThat(openData.proposals(filter, null, ALL).total())
                    .as(hostile)
                    .isZero();
            assertThat(openData.motions(filter, ALL).total()).as(hostile).isZero();
            assertThat(openData.meetings(filter, ALL).total()).as(hostile).isZero();
        }
    }

    private long propose(AccountPrincipal author, long consultation, String title) {
        return as(author, () -> proposals.submit(submission(consultation, title)));
    }

    private long comment(AccountPrincipal author, long proposal, String body) {
        return as(author, () -> comments.comment(newComment(proposal, null, Alignment.FOR, body)));
    }

    private void commentState(long comment, ProposalCommentState state) {
        people.dsl()
                .update(COMMENT)
                .set(COMMENT.STATE, state)
                .where(COMMENT.ID.eq(comment))
                .execute();
    }

    private static <T> List<Long> ids(ApiPage<T> page, Function<T, Long> id) {
        return page.items().stream().map(id).toList();
    }
}
