package nl.raadsplein.moderation;

import java.util.Objects;

/** One reportable item: a proposal, comment or statement id, or for a profile the account id. */
public record ContentRef(ContentType type, long id) {

    public ContentRef {
        Objects.requireNonNull(type, "type");
    }

    public static ContentRef proposal(long id) {
        return new ContentRef(ContentType.PROPOSAL, id);
    }

    public static ContentRef comment(long id) {
        return new ContentRef(ContentType.COMMENT, id);
    }

    public static ContentRef statement(long id) {
        return new ContentRef(ContentType.STATEMENT, id);
    }

    public static ContentRef profile(long accountId) {
        return new ContentRef(ContentType.PROFILE, accountId);
    }
}
