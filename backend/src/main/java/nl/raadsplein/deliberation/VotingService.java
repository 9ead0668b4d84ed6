package nl.raadsplein.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agree, disagree or pass, one statement at a time: exactly one vote per participant per statement (the primary key,
 * and the voter's and the statement's rows locked), a changed vote replaces the old one, and the statement's counters
 * and the discussion's tally change in the same transaction (the tally's count of changes tells the background maths
 * that votes came in). Votes share the discussion's row, so votes by different people on different statements go on
 * side by side; they read committed rows, so that their locking reads of votes not yet there take no gap locks,
 * which two votes inserting into the same gap would deadlock on.
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

    /** Votes, or changes the vote, on a published statement of an open discussion. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public Progress vote(long statementId, Stance stance) {
        if (stance == null) {
            throw new InvalidInputException("stance", "error.required");
        }
        long me = Actor.currentAccountId();
        long discussionId = statements
                .statement(statementId, false)
                .orElseThrow(() -> new NoSuchItemException("statement " + statementId))
                .discussionId();
        rules.shareOpen(discussionId, me, "stance");
        StatementRepository.Row statement = statements
                .statement(statementId, true)
                .filter(s -> s.state() == StatementState.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("stance", "deliberation.error.statement-gone"));
        Instant now = clock.instant();
        long participant = statements.ensureParticipant(discussionId, me, now);
        store(statement.id(), discussionId, participant, stance, now);
        return statements.progress(discussionId, participant);
    }

    /**
     * Stores a vote under the locks the caller holds (the discussion's row, the voter's, the statement's); also the
     * author's own agree on a statement they add.
     */
    void store(long statementId, long discussionId, long participant, Stance stance, Instant now) {
        Optional<Stance> before = statements.vote(statementId, participant);
        if (before.isPresent()) {
            if (before.get() != stance) {
                statements.changeVote(statementId, participant, stance, now);
                statements.addToCount(statementId, before.get(), -1);
                statements.addToCount(statementId, stance, 1);
                statements.countVote(discussionId, participant, false, false, now);
            }
            return;
        }
        boolean firstVote = !statements.hasVoted(discussionId, participant);
        statements.insertVote(statementId, participant, discussionId, stance, now);
        statements.addToCount(statementId, stance, 1);
        statements.countVote(discussionId, participant, true, firstVote, now);
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
