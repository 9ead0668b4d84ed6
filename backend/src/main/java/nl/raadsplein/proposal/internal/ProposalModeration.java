package nl.raadsplein.proposal.internal;

import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalState;
import nl.raadsplein.proposal.Redacted;
import nl.raadsplein.proposal.Redaction;

/**
 * What the moderation feature does to proposals and comments, and nothing a view calls: the moderation feature
 * decides, records why and tells people (ADR 6); these keep states and comment counters right in its
 * transaction. Each change locks the proposal's row first, then the comment's, as every change to a proposal does.
 */
public interface ProposalModeration {

    /**
     * Hides a proposal that is not hidden yet, remembering its state for {@link #restoreProposal}. Also the
     * system's, hiding an item pending review when enough qualified reports came in.
     */
    ModeratedContent<ProposalState> hideProposal(long proposalId);

    /** Puts a hidden proposal back in the state it had before. */
    ModeratedContent<ProposalState> restoreProposal(long proposalId);

    /**
     * Publishes a proposal that waited for moderation; one that was never public before is announced as a new one
     * ({@link nl.raadsplein.proposal.ProposalApproved}), one held back after an edit is not announced again.
     */
    ModeratedContent<ProposalState> approveProposal(long proposalId);

    /**
     * Blanks out part of a proposal: a fragment wherever it occurs in title and body, or a range of the body. The
     * rest stays as the author wrote it. Returns what was taken out, for {@link #unredactProposal}.
     */
    Redacted redactProposal(long proposalId, Redaction redaction);

    /**
     * Undoes a redaction an appeal overturned: the fragment goes back where its placeholder still stands. Returns
     * false, changing nothing, when the text changed since so that the placeholder is no longer there.
     */
    boolean unredactProposal(long proposalId, Redacted redacted);

    /** Hides a comment; a published one leaves the proposal's comment counters. Also the system's. */
    ModeratedContent<ProposalCommentState> hideComment(long commentId);

    /** Puts a hidden comment back as it was; a published one counts again. */
    ModeratedContent<ProposalCommentState> restoreComment(long commentId);

    /**
     * Publishes a comment that waited for moderation; it counts from now on, and one that was never public before
     * is announced as a new one ({@link nl.raadsplein.proposal.CommentApproved}).
     */
    ModeratedContent<ProposalCommentState> approveComment(long commentId);

    /** Blanks out a fragment or range of a comment; the rest stays. Returns what was taken out. */
    Redacted redactComment(long commentId, Redaction redaction);

    /** As {@link #unredactProposal}, for a comment. */
    boolean unredactComment(long commentId, Redacted redacted);

    /**
     * Hides every proposal and live comment of an author (a blocked account, when the griffie chooses so), keeping
     * the comment counters right. Returns how many items were hidden.
     */
    int hideAllBy(long authorId);
}
