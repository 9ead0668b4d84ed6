package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_APPEAL;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.raadsplein.proposal.Redacted;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The griffie's decisions on items, kept for good; with a redaction, what it took out while an appeal may need it
 * (ADR 9).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ActionRepository {

    private final DSLContext dsl;

    ActionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertAction(
            long itemId,
            ModerationAction action,
            ModerationReason reason,
            @Nullable String text,
            @Nullable Long actorId,
            Instant now) {
        return dsl.insertInto(MODERATION_ACTION)
                .set(MODERATION_ACTION.MODERATION_ITEM_ID, itemId)
                .set(MODERATION_ACTION.ACTION, action)
                .set(MODERATION_ACTION.REASON, reason)
                .set(MODERATION_ACTION.TEXT, text)
                .set(MODERATION_ACTION.ACTOR_ID, actorId)
                .set(MODERATION_ACTION.ACTED_AT, now)
                .returningResult(MODERATION_ACTION.ID)
                .fetchOne(Record1::value1);
    }

    record ActionRow(
            long id,
            long itemId,
            ContentRef ref,
            @Nullable Long consultationId,
            long authorId,
            ModerationAction action,
            ModerationReason reason,
            @Nullable String text,
            @Nullable Long actorId,
            Instant actedAt,
            @Nullable Instant overturnedAt) {}

    Optional<ActionRow> action(long actionId, boolean lock) {
        var select = dsl.select(
                        MODERATION_ACTION.ID,
                        MODERATION_ITEM.ID,
                        MODERATION_ITEM.ITEM_TYPE,
                        MODERATION_ITEM.ITEM_ID,
                        MODERATION_ITEM.CONSULTATION_ID,
                        MODERATION_ITEM.AUTHOR_ID,
                        MODERATION_ACTION.ACTION,
                        MODERATION_ACTION.REASON,
                        MODERATION_ACTION.TEXT,
                        MODERATION_ACTION.ACTOR_ID,
                        MODERATION_ACTION.ACTED_AT,
                        MODERATION_ACTION.OVERTURNED_AT)
                .from(MODERATION_ACTION)
                .join(MODERATION_ITEM)
                .on(MODERATION_ITEM.ID.eq(MODERATION_ACTION.MODERATION_ITEM_ID))
                .where(MODERATION_ACTION.ID.eq(actionId));
        return (lock ? select.forUpdate() : select)
                .fetchOptional(r -> new ActionRow(
                        r.value1(),
                        r.value2(),
                        new ContentRef(r.value3(), r.value4()),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10(),
                        r.value11(),
                        r.value12()));
    }

    void keepRedaction(long actionId, Redacted redacted) {
        dsl.update(MODERATION_ACTION)
                .set(MODERATION_ACTION.REDACTED_FRAGMENT, redacted.fragment())
                .set(MODERATION_ACTION.REDACTION_REPLACEMENT, redacted.replacement())
                .set(MODERATION_ACTION.REDACTED_TITLE_AT, offsets(redacted.titleAt()))
                .set(MODERATION_ACTION.REDACTED_BODY_AT, offsets(redacted.bodyAt()))
                .where(MODERATION_ACTION.ID.eq(actionId))
                .execute();
    }

    /** What the redaction took out, while it is kept. */
    Optional<Redacted> redaction(long actionId) {
        return dsl.select(
                        MODERATION_ACTION.REDACTED_FRAGMENT,
                        MODERATION_ACTION.REDACTION_REPLACEMENT,
                        MODERATION_ACTION.REDACTED_TITLE_AT,
                        MODERATION_ACTION.REDACTED_BODY_AT)
                .from(MODERATION_ACTION)
                .where(MODERATION_ACTION.ID.eq(actionId).and(MODERATION_ACTION.REDACTED_FRAGMENT.isNotNull()))
                .fetchOptional(r -> new Redacted(r.value1(), r.value2(), offsets(r.value3()), offsets(r.value4())));
    }

    void eraseRedaction(long actionId) {
        dsl.update(MODERATION_ACTION)
                .setNull(MODERATION_ACTION.REDACTED_FRAGMENT)
                .setNull(MODERATION_ACTION.REDACTION_REPLACEMENT)
                .setNull(MODERATION_ACTION.REDACTED_TITLE_AT)
                .setNull(MODERATION_ACTION.REDACTED_BODY_AT)
                .where(MODERATION_ACTION.ID.eq(actionId))
                .execute();
    }

    /**
     * Erases the fragments of redactions made before {@code cutoff} that no undecided appeal needs (a decided one
     * erased its own already). Returns how many.
     */
    int eraseRedactionsBefore(Instant cutoff) {
        return dsl.update(MODERATION_ACTION)
                .setNull(MODERATION_ACTION.REDACTED_FRAGMENT)
                .setNull(MODERATION_ACTION.REDACTION_REPLACEMENT)
                .setNull(MODERATION_ACTION.REDACTED_TITLE_AT)
                .setNull(MODERATION_ACTION.REDACTED_BODY_AT)
                .where(MODERATION_ACTION.REDACTED_FRAGMENT.isNotNull())
                .and(MODERATION_ACTION.ACTED_AT.lt(cutoff))
                .andNotExists(selectOne()
                        .from(MODERATION_APPEAL)
                        .where(MODERATION_APPEAL.ACTION_ID.eq(MODERATION_ACTION.ID))
                        .and(MODERATION_APPEAL.DECISION.isNull()))
                .execute();
    }

    private static String offsets(List<Integer> offsets) {
        return offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> offsets(String offsets) {
        return offsets == null || offsets.isEmpty()
                ? List.of()
                : Arrays.stream(offsets.split(",")).map(Integer::valueOf).toList();
    }

    void markOverturned(long actionId, Instant now) {
        dsl.update(MODERATION_ACTION)
                .set(MODERATION_ACTION.OVERTURNED_AT, now)
                .where(MODERATION_ACTION.ID.eq(actionId))
                .execute();
    }

    List<ActionView> actions(long itemId) {
        return dsl.select(
                        MODERATION_ACTION.ID,
                        MODERATION_ACTION.ACTION,
                        MODERATION_ACTION.REASON,
                        MODERATION_ACTION.TEXT,
                        MODERATION_ACTION.ACTOR_ID,
                        ACCOUNT.DISPLAY_NAME,
                        MODERATION_ACTION.ACTED_AT,
                        field(MODERATION_ACTION.OVERTURNED_AT.isNotNull()),
                        field(exists(selectOne()
                                .from(MODERATION_APPEAL)
                                .where(MODERATION_APPEAL.ACTION_ID.eq(MODERATION_ACTION.ID)))))
                .from(MODERATION_ACTION)
                .leftJoin(ACCOUNT)
                .on(ACCOUNT.ID.eq(MODERATION_ACTION.ACTOR_ID))
                .where(MODERATION_ACTION.MODERATION_ITEM_ID.eq(itemId))
                .orderBy(MODERATION_ACTION.ACTED_AT, MODERATION_ACTION.ID)
                .fetch(mapping(ActionView::new));
    }
}
