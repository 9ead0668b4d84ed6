package nl.raadsplein.proposal;

/**
 * What the viewer may do with a proposal, decided by the service from who looks, the proposal's state, the
 * consultation's phase and the edit window: a page shows or hides its actions by these and restates no rule.
 *
 * @param edit     the author, within the edit window, while nobody supports it yet and it is published or waiting
 * @param withdraw the author, while it is published, for the council or waiting for moderation
 * @param answer   the griffie, while it is published, for the council or answered
 * @param report   a logged-in viewer who is not its author
 * @param comment  whether the viewer may comment, or why not
 * @param support  whether the viewer may support it (or withdraw their support), or why not
 */
public record ProposalPermissions(
        boolean edit, boolean withdraw, boolean answer, boolean report, Commenting comment, Supporting support) {

    /** Nothing allowed: what a proposal read from the database carries until the service decides. */
    static final ProposalPermissions NONE =
            new ProposalPermissions(false, false, false, false, Commenting.CLOSED, Supporting.NOT_SUPPORTABLE);

    public enum Commenting {
        ALLOWED,
        /** The proposal takes no comments in its state: only published, for the council or answered ones do. */
        CLOSED,
        /** Residents comment: the viewer logs in as one first. */
        LOGIN_FIRST
    }

    public enum Supporting {
        ALLOWED,
        /** The consultation's phase takes no supports (any more). */
        SUPPORTS_CLOSED,
        /** The proposal takes no supports in its state: only published and for-the-council ones do. */
        NOT_SUPPORTABLE,
        LOGIN_FIRST,
        /** Logged in, but not as a resident. */
        RESIDENTS_ONLY,
        /** The consultation counts only supports of residents whose residency is confirmed; this one's is not. */
        VERIFICATION_REQUIRED
    }
}
