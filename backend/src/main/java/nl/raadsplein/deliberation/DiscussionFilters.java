package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_THEME;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import org.jooq.Condition;

/** Which discussions a list shows: the conditions {@link DiscussionRepository#summaries} and its count take. */
final class DiscussionFilters {

    private DiscussionFilters() {}

    static Condition inPhase(DiscussionPhase phase, Instant now) {
        Condition published = DISCUSSION.STATE.eq(DiscussionState.PUBLISHED);
        return switch (phase) {
            case UPCOMING -> published.and(DISCUSSION.OPENS_AT.gt(now));
            case OPEN -> published.and(DISCUSSION.OPENS_AT.le(now)).and(DISCUSSION.CLOSES_AT.gt(now));
            case CLOSED -> published.and(DISCUSSION.CLOSES_AT.le(now));
        };
    }

    static Condition published() {
        return DISCUSSION.STATE.eq(DiscussionState.PUBLISHED);
    }

    static Condition withTheme(String themeCode) {
        return DISCUSSION.ID.in(select(DISCUSSION_THEME.DISCUSSION_ID)
                .from(DISCUSSION_THEME)
                .where(DISCUSSION_THEME.THEME_CODE.eq(themeCode)));
    }

    static Condition fromConsultation(long consultationId) {
        return DISCUSSION.CONSULTATION_ID.eq(consultationId);
    }

    static Condition inState(DiscussionState state) {
        return DISCUSSION.STATE.eq(state);
    }

    static Condition byAuthor(long authorId) {
        return DISCUSSION.AUTHOR_ID.eq(authorId);
    }
}
