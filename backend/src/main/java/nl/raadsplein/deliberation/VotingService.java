package nl.raadsplein.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agree, disagree or pass, one statement at a time: exactly one vote per participant per statement (the primary key,
 * and the voter's row locked), a changed vote replaces the old one, and the statement's counters and the discussion's
 * tally change in the same transaction (the tally's count of changes tells the background maths that votes came in).
 * Votes share the discussion's row, so votes by different people on different statements go on side by side. A vote
 * reads what it needs in one read after its locks (the discussion's, the voter's), of committed rows (ADR 14, ADR 30):
 * it updates rows other votes change meanwhile (the statement's counters, the tally), which a snapshot taken before
 * them could refuse, and it takes no gap locks, which two votes inserting into the same gap deadlock on.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class VotingService {

    private final StatementRepository statements;
    private final TakingPart rules;
    private final Clock clock;

    VotingService(StatementRepository statements, TakingPart rules, Clock clock) {
        this.statements = statements;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Votes, or changes the vote, on a published statement of an open discussion; a statement of another discussion
     * is not found.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public void vote(long discussionId, long statementId, Stance stance) {
        if (stance == null) {
            throw new InvalidInputException("stance", "error.required");
        }
        long me = Actor.currentAccountId();
        rules.shareOpen(discussionId, me, "stance");
        StatementRepository.Ballot ballot = statements
                .ballot(statementId, me)
                .filter(b -> b.discussionId() == discussionId)
                .orElseThrow(() -> new NoSuchItemException("statement " + statementId));
        if (ballot.state() != StatementState.PUBLISHED) {
            throw new InvalidInputException("stance", "deliberation.error.statement-gone");
        }
        if (ballot.before() == stance) {
            return;
        }
        Instant now = clock.instant();
        // The counters first: the update locks the statement's row before the vote's foreign key shares it, so two
        // votes on one statement do not both share it and then wait for each other to update it.
        statements.recount(statementId, ballot.before(), stance);
        Long participant = ballot.participantId();
        long voter = participant != null ? participant : statements.insertParticipant(discussionId, me, now);
        write(statementId, discussionId, voter, ballot.before(), ballot.votedBefore(), stance, now);
    }

    /**
     * The author's own agree on a statement they just added, under the locks the caller holds (the discussion's row,
     * the author's).
     */
    void agreeWithOwn(long statementId, long discussionId, long participant, Instant now) {
        boolean votedBefore = statements.hasVoted(discussionId, participant);
        statements.recount(statementId, null, Stance.AGREE);
        write(statementId, discussionId, participant, null, votedBefore, Stance.AGREE, now);
    }

    private void write(
            long statementId,
            long discussionId,
            long participant,
            @Nullable Stance before,
            boolean votedBefore,
            Stance stance,
            Instant now) {
        if (before == null) {
            statements.insertVote(statementId, participant, discussionId, stance, now);
        } else {
            statements.changeVote(statementId, participant, stance, now);
        }
        statements.countVote(discussionId, participant, before == null, !votedBefore, now);
    }

    /**
     * The statement to answer next by the priority rule (none when all are answered), and how far the viewer is.
     * A viewer who has not taken part yet gets the rule's pick as a newcomer.
     */
    @PreAuthorize("isAuthenticated()")
    public NextStatement next(long discussionId) {
        long me = Actor.currentAccountId();
        long participant = statements.participant(discussionId, me).orElse(0L);
        List<StatementRepository.Candidate> unvoted = statements.unvoted(discussionId, participant);
        Progress progress = statements.progress(discussionId, participant);
        long seed = Objects.hash(me, discussionId, progress.voted());
        return new NextStatement(StatementPriority.choose(unvoted, seed), progress);
    }

    /** The viewer's votes on published statements, to change one. */
    @PreAuthorize("isAuthenticated()")
    public List<MyVote> myVotes(long discussionId) {
        return statements
                .participant(discussionId, Actor.currentAccountId())
                .map(participant -> statements.votes(discussionId, participant))
                .orElse(List.of());
    }
}
