package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;

import java.time.Instant;
import java.util.Optional;
import nl.raadsplein.deliberation.internal.StatementModeration;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is reported and who reports: reads proposal, comment and account rows, which the features owning them
 * write (ADR 6); statements through the deliberation feature's port.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ContentRepository {

    private final DSLContext dsl;
    private final StatementModeration statements;

    ContentRepository(DSLContext dsl, StatementModeration statements) {
        this.dsl = dsl;
        this.statements = statements;
    }

    Optional<Target> target(ContentRef ref) {
        return switch (ref.type()) {
            case PROPOSAL ->
                dsl.select(PROPOSAL.ID, PROPOSAL.CONSULTATION_ID, PROPOSAL.AUTHOR_ID, PROPOSAL.STATE, PROPOSAL.BODY)
                        .from(PROPOSAL)
                        .where(PROPOSAL.ID.eq(ref.id()))
                        .fetchOptional(r -> new Target(
                                ref,
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                ContentState.of(r.value4()),
                                r.value4(),
                                r.value5(),
                                null,
                                null));
            case COMMENT ->
                dsl.select(
                                COMMENT.PROPOSAL_ID,
                                PROPOSAL.CONSULTATION_ID,
                                COMMENT.AUTHOR_ID,
                                COMMENT.STATE,
                                PROPOSAL.STATE,
                                COMMENT.BODY)
                        .from(COMMENT)
                        .join(PROPOSAL)
                        .on(PROPOSAL.ID.eq(COMMENT.PROPOSAL_ID))
                        .where(COMMENT.ID.eq(ref.id()))
                        .fetchOptional(r -> new Target(
                                ref,
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                ContentState.of(r.value4()),
                                r.value5(),
                                r.value6(),
                                null,
                                null));
            case PROFILE ->
                dsl.select(ACCOUNT.ID, ACCOUNT.PROFILE_TEXT_STATE, ACCOUNT.PROFILE_TEXT, ACCOUNT.DISPLAY_NAME)
                        .from(ACCOUNT)
                        .where(ACCOUNT.ID.eq(ref.id()))
                        .fetchOptional(r -> new Target(
                                ref,
                                null,
                                null,
                                r.value1(),
                                ContentState.of(r.value2()),
                                null,
                                r.value3(),
                                r.value4(),
                                null));
            case STATEMENT -> {
                if (!statements.exists(ref.id())) {
                    yield Optional.empty();
                }
                StatementModeration.StatementTarget s = statements.target(ref.id());
                yield Optional.of(new Target(
                        ref,
                        null,
                        null,
                        s.authorId(),
                        ContentState.of(s.state()),
                        null,
                        s.text(),
                        null,
                        s.discussionId()));
            }
        };
    }

    record Reporter(boolean verified, Instant createdAt, boolean blocked) {}

    Optional<Reporter> reporter(long accountId) {
        return dsl.select(
                        field(ACCOUNT.VERIFIED_AT.isNotNull()),
                        ACCOUNT.CREATED_AT,
                        field(ACCOUNT.BLOCKED_AT.isNotNull()))
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(mapping(Reporter::new));
    }
}
