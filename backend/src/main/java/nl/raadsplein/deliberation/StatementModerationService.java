package nl.raadsplein.deliberation;

import nl.raadsplein.deliberation.internal.ModeratedStatement;
import nl.raadsplein.deliberation.internal.StatementModeration;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation feature's changes to statements ({@link StatementModeration}). SYSTEM: the moderation feature
 * hiding a statement pending review when enough qualified reports came in, and reading what was reported.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
class StatementModerationService implements StatementModeration {

    private final DiscussionRepository discussions;
    private final StatementRepository statements;
    private final ApplicationEventPublisher events;

    StatementModerationService(
            DiscussionRepository discussions, StatementRepository statements, ApplicationEventPublisher events) {
        this.discussions = discussions;
        this.statements = statements;
        this.events = events;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean exists(long statementId) {
        return statements.statement(statementId, false).isPresent();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public StatementTarget target(long statementId) {
        StatementRepository.Row row = statements
                .statement(statementId, false)
                .orElseThrow(() -> new NoSuchItemException("statement " + statementId));
        DiscussionRepository.Locked discussion = discussions.read(row.discussionId());
        Long author = row.authorId();
        return new StatementTarget(
                statementId,
                row.discussionId(),
                discussion.question(),
                author == null ? discussion.authorId() : author,
                row.text(),
                row.state());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN') or hasAuthority('SYSTEM')")
    public ModeratedStatement hide(long statementId) {
        StatementRepository.Row row = locked(statementId);
        if (row.state() == StatementState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.already-hidden");
        }
        statements.setState(statementId, StatementState.HIDDEN, row.state());
        if (row.state() == StatementState.PUBLISHED) {
            statements.addToStatementCount(row.discussionId(), -1);
        }
        return new ModeratedStatement(statementId, row.discussionId(), row.state(), StatementState.HIDDEN);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public int hideAllBy(long authorId) {
        int hidden = 0;
        long lockedDiscussion = 0;
        for (StatementRepository.Row found : statements.unhiddenBy(authorId)) {
            if (found.discussionId() != lockedDiscussion) {
                discussions.lock(found.discussionId()).orElseThrow();
                lockedDiscussion = found.discussionId();
            }
            StatementRepository.Row row = statements.statement(found.id(), true).orElseThrow();
            if (row.state() != StatementState.HIDDEN) {
                statements.setState(row.id(), StatementState.HIDDEN, row.state());
                if (row.state() == StatementState.PUBLISHED) {
                    statements.addToStatementCount(row.discussionId(), -1);
                }
                hidden++;
            }
        }
        return hidden;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedStatement restore(long statementId) {
        StatementRepository.Row row = locked(statementId);
        if (row.state() != StatementState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.not-hidden");
        }
        StatementState before = statements.hiddenFrom(statementId);
        StatementState state = before == null ? StatementState.PUBLISHED : before;
        statements.setState(statementId, state, null);
        if (state == StatementState.PUBLISHED) {
            statements.addToStatementCount(row.discussionId(), 1);
            events.publishEvent(new StatementPublished(row.discussionId(), statementId));
        }
        return new ModeratedStatement(statementId, row.discussionId(), StatementState.HIDDEN, state);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedStatement approve(long statementId) {
        StatementRepository.Row row = locked(statementId);
        if (row.state() != StatementState.PENDING) {
            throw new InvalidInputException("action", "proposal.error.not-awaiting");
        }
        statements.setState(statementId, StatementState.PUBLISHED, null);
        statements.addToStatementCount(row.discussionId(), 1);
        events.publishEvent(new StatementPublished(row.discussionId(), statementId));
        return new ModeratedStatement(statementId, row.discussionId(), row.state(), StatementState.PUBLISHED);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public void replaceText(long statementId, String text) {
        locked(statementId);
        statements.setText(statementId, TextInput.line("fragment", text, FramingService.STATEMENT_LENGTH));
    }

    /** Locks the discussion's row, then the statement's. */
    private StatementRepository.Row locked(long statementId) {
        long discussionId = statements
                .statement(statementId, false)
                .orElseThrow(() -> new NoSuchItemException("statement " + statementId))
                .discussionId();
        discussions.lock(discussionId).orElseThrow();
        return statements.statement(statementId, true).orElseThrow();
    }
}
