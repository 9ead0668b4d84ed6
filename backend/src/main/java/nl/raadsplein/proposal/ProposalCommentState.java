package nl.raadsplein.proposal;

/** The states of a comment as {@link CommentView#state()} gives them. */
public final class ProposalCommentState {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String REMOVED_BY_AUTHOR = "REMOVED_BY_AUTHOR";
    public static final String HIDDEN = "HIDDEN";
    public static final String AWAITING_MODERATION = "AWAITING_MODERATION";

    private ProposalCommentState() {
    }
}
