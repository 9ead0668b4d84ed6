package nl.raadsplein.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.proposal.internal.ModeratedContent;
import nl.raadsplein.proposal.internal.ProposalModeration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation feature's changes to proposals and comments ({@link ProposalModeration}). SYSTEM: the moderation
 * feature hiding an item pending review when enough qualified reports came in (AccountProvisioning.asSystem).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
class ProposalModerationService implements ProposalModeration {

    private final ProposalRepository proposals;
    private final CommentRepository comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalModerationService(
            ProposalRepository proposals, CommentRepository comments, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN') or hasAuthority('SYSTEM')")
    public ModeratedContent<ProposalState> hideProposal(long proposalId) {
        ProposalRepository.Locked proposal = locked(proposalId);
        if (proposal.state() == ProposalState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.already-hidden");
        }
        proposals.setState(proposalId, ProposalState.HIDDEN, proposal.state(), clock.instant());
        return moderated(proposal, null, proposal.state(), ProposalState.HIDDEN);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalState> restoreProposal(long proposalId) {
        ProposalRepository.Locked proposal = locked(proposalId);
        if (proposal.state() != ProposalState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.not-hidden");
        }
        ProposalState before = proposals.texts(proposalId).hiddenFromState();
        ProposalState state = before == null ? ProposalState.PUBLISHED : before;
        proposals.setState(proposalId, state, null, clock.instant());
        return moderated(proposal, null, ProposalState.HIDDEN, state);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalState> approveProposal(long proposalId) {
        ProposalRepository.Locked proposal = locked(proposalId);
        if (proposal.state() != ProposalState.AWAITING_MODERATION) {
            throw new InvalidInputException("action", "proposal.error.not-awaiting");
        }
        boolean firstPublication = proposals.texts(proposalId).publishedAt() == null;
        proposals.setState(proposalId, ProposalState.PUBLISHED, null, clock.instant());
        if (firstPublication) {
            events.publishEvent(
                    new ProposalApproved(proposalId, proposal.consultationId(), proposal.authorId(), proposal.title()));
        }
        return moderated(proposal, null, proposal.state(), ProposalState.PUBLISHED);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public Redacted redactProposal(long proposalId, Redaction redaction) {
        locked(proposalId);
        ProposalRepository.Texts texts = proposals.texts(proposalId);
        String replacement = checked(redaction).checkedReplacement();
        Redaction.Replaced title = new Redaction.Replaced(texts.title(), "", List.of());
        Redaction.Replaced body;
        if (redaction.byFragment()) {
            String fragment = redaction.checkedFragment();
            title = redaction.replaceFragment(texts.title(), fragment, replacement);
            body = redaction.replaceFragment(texts.body(), fragment, replacement);
            if (title.at().isEmpty() && body.at().isEmpty()) {
                throw new InvalidInputException("fragment", "proposal.error.fragment-not-found");
            }
        } else {
            body = redaction.replaceRange(texts.body(), replacement);
        }
        proposals.setTexts(
                proposalId,
                TextInput.line("fragment", title.text(), ProposalService.TITLE_LENGTH),
                TextInput.multiLine("fragment", body.text(), ProposalService.BODY_LENGTH),
                clock.instant());
        return new Redacted(body.fragment(), replacement, title.at(), body.at());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public boolean unredactProposal(long proposalId, Redacted redacted) {
        locked(proposalId);
        ProposalRepository.Texts texts = proposals.texts(proposalId);
        Optional<String> title = redacted.restore(texts.title(), redacted.titleAt())
                .flatMap(t -> valid(() -> TextInput.line("title", t, ProposalService.TITLE_LENGTH)));
        Optional<String> body = redacted.restore(texts.body(), redacted.bodyAt())
                .flatMap(b -> valid(() -> TextInput.multiLine("body", b, ProposalService.BODY_LENGTH)));
        if (title.isEmpty() || body.isEmpty()) {
            return false;
        }
        proposals.setTexts(proposalId, title.get(), body.get(), clock.instant());
        return true;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN') or hasAuthority('SYSTEM')")
    public ModeratedContent<ProposalCommentState> hideComment(long commentId) {
        CommentRepository.CommentRow comment = lockedComment(commentId);
        ProposalRepository.Locked proposal =
                proposals.lock(comment.proposalId()).orElseThrow();
        switch (comment.state()) {
            case PUBLISHED -> proposals.addToCommentCounts(comment.proposalId(), comment.alignment(), -1);
            case AWAITING_MODERATION -> {}
            default -> throw new InvalidInputException("action", "proposal.error.already-hidden");
        }
        comments.setModerationState(commentId, ProposalCommentState.HIDDEN, comment.state(), clock.instant());
        return moderated(proposal, commentId, comment.state(), ProposalCommentState.HIDDEN);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalCommentState> restoreComment(long commentId) {
        CommentRepository.CommentRow comment = lockedComment(commentId);
        ProposalRepository.Locked proposal =
                proposals.lock(comment.proposalId()).orElseThrow();
        if (comment.state() != ProposalCommentState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.not-hidden");
        }
        ProposalCommentState state =
                comments.texts(commentId).hiddenFromState() == ProposalCommentState.AWAITING_MODERATION
                        ? ProposalCommentState.AWAITING_MODERATION
                        : ProposalCommentState.PUBLISHED;
        comments.setModerationState(commentId, state, null, clock.instant());
        if (state == ProposalCommentState.PUBLISHED) {
            proposals.addToCommentCounts(comment.proposalId(), comment.alignment(), 1);
        }
        return moderated(proposal, commentId, ProposalCommentState.HIDDEN, state);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalCommentState> approveComment(long commentId) {
        CommentRepository.CommentRow comment = lockedComment(commentId);
        ProposalRepository.Locked proposal =
                proposals.lock(comment.proposalId()).orElseThrow();
        if (comment.state() != ProposalCommentState.AWAITING_MODERATION) {
            throw new InvalidInputException("action", "proposal.error.not-awaiting");
        }
        boolean firstPublication = comments.texts(commentId).publishedAt() == null;
        comments.setModerationState(commentId, ProposalCommentState.PUBLISHED, null, clock.instant());
        proposals.addToCommentCounts(comment.proposalId(), comment.alignment(), 1);
        if (firstPublication) {
            events.publishEvent(new CommentApproved(comment.proposalId(), commentId, comment.authorId()));
        }
        return moderated(proposal, commentId, comment.state(), ProposalCommentState.PUBLISHED);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public Redacted redactComment(long commentId, Redaction redaction) {
        lockedComment(commentId);
        String body = comments.texts(commentId).body();
        String replacement = checked(redaction).checkedReplacement();
        Redaction.Replaced redacted;
        if (redaction.byFragment()) {
            redacted = redaction.replaceFragment(body, redaction.checkedFragment(), replacement);
            if (redacted.at().isEmpty()) {
                throw new InvalidInputException("fragment", "proposal.error.fragment-not-found");
            }
        } else {
            redacted = redaction.replaceRange(body, replacement);
        }
        comments.setBody(commentId, TextInput.multiLine("fragment", redacted.text(), CommentService.COMMENT_LENGTH));
        return new Redacted(redacted.fragment(), replacement, List.of(), redacted.at());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public boolean unredactComment(long commentId, Redacted redacted) {
        lockedComment(commentId);
        Optional<String> body = redacted.restore(comments.texts(commentId).body(), redacted.bodyAt())
                .flatMap(b -> valid(() -> TextInput.multiLine("body", b, CommentService.COMMENT_LENGTH)));
        body.ifPresent(b -> comments.setBody(commentId, b));
        return body.isPresent();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public int hideAllBy(long authorId) {
        proposals.lockForHidingAllBy(authorId);
        int hidden = proposals.hideAllBy(authorId, clock.instant());
        for (CommentRepository.CommentCount count : comments.publishedCountsBy(authorId)) {
            proposals.addToCommentCounts(count.proposalId(), count.alignment(), -count.count());
        }
        return hidden + comments.hideAllBy(authorId);
    }

    /** A restored text that no longer passes the rules (the rest of it grew since) is not put back. */
    private static Optional<String> valid(Supplier<String> check) {
        try {
            return Optional.of(check.get());
        } catch (InvalidInputException tooLongNow) {
            return Optional.empty();
        }
    }

    private ProposalRepository.Locked locked(long proposalId) {
        return proposals.lock(proposalId).orElseThrow(() -> new NoSuchItemException("proposal " + proposalId));
    }

    /** The comment, its proposal's row locked first and then its own, as every comment change does. */
    private CommentRepository.CommentRow lockedComment(long commentId) {
        CommentRepository.CommentRow comment =
                comments.comment(commentId, false).orElseThrow(() -> new NoSuchItemException("comment " + commentId));
        locked(comment.proposalId());
        return comments.comment(commentId, true).orElseThrow();
    }

    private static Redaction checked(Redaction redaction) {
        if (redaction == null) {
            throw new InvalidInputException("fragment", "error.required");
        }
        return redaction;
    }

    private static <S extends Enum<S>> ModeratedContent<S> moderated(
            ProposalRepository.Locked proposal, @Nullable Long commentId, S before, S after) {
        return new ModeratedContent<>(
                proposal.id(),
                commentId,
                proposal.consultationId(),
                proposal.authorId(),
                proposal.title(),
                before,
                after);
    }
}
