package nl.raadsplein.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion under a proposal: comments and replies for, against or neutral, changed or removed by their
 * authors, and the thread as a page shows it.
 *
 * <p>Every change first locks the proposal's row, then the comment's, so that a comment and the proposal's
 * comment counters change together and concurrent changes run one after the other.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class CommentService {

    public static final int COMMENT_LENGTH = 2000;
    public static final int MAX_COMMENT_DEPTH = 3;

    private final CommentRepository repository;
    private final ProposalRepository proposals;
    private final ParticipationRules rules;
    private final ConsultationService consultations;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(
            CommentRepository repository,
            ProposalRepository proposals,
            ParticipationRules rules,
            ConsultationService consultations,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.proposals = proposals;
        this.rules = rules;
        this.consultations = consultations;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A comment or reply. When its text looks like it holds personal data, it is refused with
     * {@code personaldata.error.confirm-needed} unless the author saw the warning and confirmed; a confirmed one
     * waits for moderation, whatever the consultation's setting.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long comment(CommentSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        CommentDraft draft = submission.draft();
        if (draft == null || draft.alignment() == null) {
            throw new InvalidInputException("alignment", "proposal.error.alignment-required");
        }
        String checked = TextInput.multiLine("body", draft.body(), COMMENT_LENGTH);
        Actor me = Actor.current();
        long proposalId = submission.proposalId();
        ProposalRepository.Locked proposal = rules.visibleLocked(proposalId, me);
        if (!ProposalStates.acceptsComments(proposal.state())) {
            throw new InvalidInputException("body", "proposal.error.comments-closed");
        }
        int depth = 1;
        Long parentId = submission.parentId();
        if (parentId != null) {
            CommentRepository.CommentRow parent = repository
                    .comment(parentId, false)
                    .filter(c -> c.proposalId() == proposalId && sees(me, c))
                    .orElseThrow(() -> new NoSuchItemException("comment " + parentId));
            depth = parent.depth() + 1;
            if (depth > MAX_COMMENT_DEPTH) {
                throw new InvalidInputException("body", "proposal.error.too-deep", MAX_COMMENT_DEPTH);
            }
        }
        rules.checkMembership(me.account(), draft.organisationId());
        rules.checkNotBlocked(me.account(), "body");
        boolean premoderated =
                PersonalData.confirmed(submission.personalDataConfirmed()).foundIn(null, checked)
                        || consultations
                                .consultation(proposal.consultationId())
                                .settings()
                                .premoderation();
        ProposalCommentState state =
                premoderated ? ProposalCommentState.AWAITING_MODERATION : ProposalCommentState.PUBLISHED;
        limits.countPost(RateLimits.Post.COMMENT, me, "body");
        long id = repository.insert(
                proposalId,
                parentId,
                depth,
                me.account(),
                new CommentDraft(draft.alignment(), checked, draft.organisationId()),
                state,
                clock.instant());
        if (!premoderated) {
            proposals.addToCommentCounts(proposalId, draft.alignment(), 1);
        }
        events.publishEvent(new CommentPosted(proposalId, id, me.account()));
        return id;
    }

    /**
     * The author changes a comment, with the same contract for personal data as {@link #comment}: not confirmed,
     * it is refused; confirmed, the comment goes (back) to waiting for moderation and into the griffie's queue,
     * and a published one leaves the counters until it is approved.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void editComment(CommentEdit edit) {
        Objects.requireNonNull(edit, "edit");
        String checked = TextInput.multiLine("body", edit.body(), COMMENT_LENGTH);
        Actor me = Actor.current();
        CommentRepository.CommentRow comment = ownComment(edit.commentId(), me);
        rules.checkNotBlocked(me.account(), "body");
        if (!changeable(comment.state())) {
            throw new InvalidInputException("body", "proposal.error.comment-closed");
        }
        ProposalCommentState state =
                PersonalData.confirmed(edit.personalDataConfirmed()).foundIn(null, checked)
                        ? ProposalCommentState.AWAITING_MODERATION
                        : comment.state();
        if (!repository.update(edit.commentId(), checked, state, edit.version(), clock.instant())) {
            throw new ConcurrentChangeException();
        }
        if (comment.state() == ProposalCommentState.PUBLISHED && state != comment.state()) {
            proposals.addToCommentCounts(comment.proposalId(), comment.alignment(), -1);
        }
        events.publishEvent(new CommentEdited(comment.proposalId(), edit.commentId()));
    }

    /** The author removes a comment: its text is no longer shown, its replies stay, the counts drop it. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void removeComment(long commentId) {
        Actor me = Actor.current();
        CommentRepository.CommentRow comment = ownComment(commentId, me);
        switch (comment.state()) {
            case REMOVED_BY_AUTHOR -> {}
            case PUBLISHED -> {
                repository.setState(commentId, ProposalCommentState.REMOVED_BY_AUTHOR);
                proposals.addToCommentCounts(comment.proposalId(), comment.alignment(), -1);
            }
            case AWAITING_MODERATION -> repository.setState(commentId, ProposalCommentState.REMOVED_BY_AUTHOR);
            default -> throw new InvalidInputException("body", "proposal.error.comment-closed");
        }
    }

    /**
     * The thread in reading order: each comment before its replies, siblings oldest first, each with what the
     * viewer may do with it. One statement.
     */
    @PreAuthorize("permitAll()")
    public List<CommentView> comments(long proposalId) {
        Actor me = Actor.current();
        CommentRepository.Thread thread =
                repository.thread(proposalId, me).orElseThrow(() -> new NoSuchItemException("proposal " + proposalId));
        List<CommentView> flat = thread.comments().stream()
                .map(c -> c.with(permissions(c, thread.proposalState(), me)))
                .toList();
        Map<Long, List<CommentView>> replies = new HashMap<>();
        Map<Long, CommentView> byId = new LinkedHashMap<>();
        flat.forEach(c -> byId.put(c.id(), c));
        List<CommentView> roots = new ArrayList<>();
        for (CommentView c : flat) {
            if (c.parentId() == null) {
                roots.add(c);
            } else if (byId.containsKey(c.parentId())) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
            // A reply whose parent this viewer may not see (still waiting for moderation) is left out with it.
        }
        List<CommentView> threaded = new ArrayList<>(flat.size());
        roots.forEach(root -> addThread(root, replies, threaded));
        return threaded;
    }

    private static CommentPermissions permissions(CommentView comment, ProposalState proposalState, Actor me) {
        boolean published = comment.state() == ProposalCommentState.PUBLISHED;
        boolean own = comment.mine() && changeable(comment.state());
        boolean reply = ProposalStates.acceptsComments(proposalState)
                && published
                && me.resident()
                && comment.depth() < MAX_COMMENT_DEPTH;
        return new CommentPermissions(reply, own, own, me.loggedIn() && published && !comment.mine());
    }

    private static void addThread(CommentView comment, Map<Long, List<CommentView>> replies, List<CommentView> out) {
        out.add(comment);
        replies.getOrDefault(comment.id(), List.of()).forEach(reply -> addThread(reply, replies, out));
    }

    /** Its author may change or remove a comment while it is published or waiting for moderation. */
    private static boolean changeable(ProposalCommentState state) {
        return state == ProposalCommentState.PUBLISHED || state == ProposalCommentState.AWAITING_MODERATION;
    }

    /** The viewer's own comment; the proposal's row is locked first, then the comment's. */
    private CommentRepository.CommentRow ownComment(long commentId, Actor me) {
        CommentRepository.CommentRow found =
                repository.comment(commentId, false).orElseThrow(() -> new NoSuchItemException("comment " + commentId));
        rules.visibleLocked(found.proposalId(), me);
        CommentRepository.CommentRow comment =
                repository.comment(commentId, true).orElseThrow();
        if (!sees(me, comment)) {
            throw new NoSuchItemException("comment " + commentId);
        }
        if (!me.is(comment.authorId())) {
            throw new AccessDeniedException("comment " + commentId + " is not the viewer's");
        }
        return comment;
    }

    /** A comment waiting for moderation is seen only by the griffie and its author. */
    private static boolean sees(Actor viewer, CommentRepository.CommentRow comment) {
        return comment.state() != ProposalCommentState.AWAITING_MODERATION
                || viewer.griffie()
                || viewer.is(comment.authorId());
    }
}
