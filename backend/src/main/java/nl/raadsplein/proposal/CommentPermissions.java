package nl.raadsplein.proposal;

/**
 * What the viewer may do with a comment, decided by the service: a page shows or hides its actions by these.
 *
 * @param reply  a resident, on a published comment above the deepest level, while the proposal takes comments
 * @param edit   its author, while it is published or waiting for moderation
 * @param remove its author, while it is published or waiting for moderation
 * @param report a logged-in viewer who is not its author, on a published comment
 */
public record CommentPermissions(boolean reply, boolean edit, boolean remove, boolean report) {

    /** Nothing allowed: what a comment read from the database carries until the service decides. */
    static final CommentPermissions NONE = new CommentPermissions(false, false, false, false);
}
