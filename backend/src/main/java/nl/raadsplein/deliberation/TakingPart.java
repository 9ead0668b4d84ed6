package nl.raadsplein.deliberation;

import java.time.Clock;
import java.util.Optional;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.springframework.stereotype.Component;

/**
 * The rules of taking part, in one place for voting, adding statements and weighing values: the discussion is
 * published and open now, the account is not blocked, and verified when the discussion asks for verified residents.
 * The discussion's row is locked first, then the account's.
 */
@Component
class TakingPart {

    private final DiscussionRepository discussions;
    private final StatementRepository statements;
    private final Clock clock;

    TakingPart(DiscussionRepository discussions, StatementRepository statements, Clock clock) {
        this.discussions = discussions;
        this.statements = statements;
        this.clock = clock;
    }

    /** Locks the discussion and checks the rules; {@code field} is the form field a refusal marks. */
    DiscussionRepository.Locked lockOpen(long discussionId, long accountId, String field) {
        return check(discussions.lock(discussionId), discussionId, accountId, field);
    }

    /** As {@link #lockOpen}, with the discussion's row shared: for votes, which change nothing in it. */
    DiscussionRepository.Locked shareOpen(long discussionId, long accountId, String field) {
        return check(discussions.share(discussionId), discussionId, accountId, field);
    }

    private DiscussionRepository.Locked check(
            Optional<DiscussionRepository.Locked> locked, long discussionId, long accountId, String field) {
        DiscussionRepository.Locked discussion = locked.filter(d -> d.state() == DiscussionState.PUBLISHED)
                .orElseThrow(() -> new NoSuchItemException("discussion " + discussionId));
        switch (discussion.phase(clock.instant())) {
            case UPCOMING -> throw new InvalidInputException(field, "deliberation.error.not-open-yet");
            case CLOSED -> throw new InvalidInputException(field, "deliberation.error.closed");
            case OPEN -> {}
        }
        StatementRepository.Standing standing =
                statements.lockStanding(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        if (standing.blocked()) {
            throw new InvalidInputException(field, "deliberation.error.blocked");
        }
        if (discussion.eligibility() == Eligibility.VERIFIED_RESIDENTS && !standing.verified()) {
            throw new InvalidInputException(field, "deliberation.error.verification-required");
        }
        return discussion;
    }
}
