package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.AGENDA_THEME;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.CONSULTATION_THEME;
import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC_THEME;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_THEME;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.MOTION_FOLLOW_UP;
import static nl.raadsplein.jooq.Tables.MOTION_THEME;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.platform.LocalizedText;
import nl.raadsplein.proposal.ProposalState;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the agenda's themes. They live with motions, the feature that already reads the others (proposals,
 * consultations, discussions), so that the agenda, which every feature uses, depends on none of them.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ThemeFiguresRepository {

    /**
     * Proposals that count: public and standing. A withdrawn one stays readable with its reason but no longer asks
     * anything of the council; a hidden one or one awaiting moderation is not public.
     */
    private static final Set<ProposalState> COUNTED_PROPOSALS = Collections.unmodifiableSet(
            EnumSet.of(ProposalState.PUBLISHED, ProposalState.FOR_COUNCIL, ProposalState.ANSWERED));

    private final DSLContext dsl;

    ThemeFiguresRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Days from {@code from} up to, not including, {@code until}, in the municipality's time zone. */
    record Span(LocalDate from, LocalDate until) {}

    /**
     * One query: every theme (or only {@code code}) with its figures in the span (all time when null), democracy and
     * the rule of law first, then the agenda's own order. Each figure is a count over the tables of the feature that
     * keeps it, correlated with the theme, dated as {@link FiguresPeriod} says.
     */
    List<ThemeFiguresRow> figures(@Nullable Span span, @Nullable String code, LocalDate today, ZoneId zone) {
        Field<String> theme = AGENDA_THEME.CODE;
        Condition proposalOnTheme = PROPOSAL.STATE
                .in(COUNTED_PROPOSALS)
                .and(exists(selectOne()
                        .from(PROPOSAL_TOPIC)
                        .join(DIGITAL_TOPIC_THEME)
                        .on(DIGITAL_TOPIC_THEME.TOPIC_CODE.eq(PROPOSAL_TOPIC.TOPIC_CODE))
                        .where(PROPOSAL_TOPIC.PROPOSAL_ID.eq(PROPOSAL.ID))
                        .and(DIGITAL_TOPIC_THEME.THEME_CODE.eq(theme))));
        Condition submittedMotion = MOTION.STATE
                .ne(MotionState.DRAFT)
                .and(onTheme(MOTION.ID, theme))
                .and(at(MOTION.SUBMITTED_AT, span, zone));
        Condition notDone =
                MOTION_FOLLOW_UP.STATUS.ne(FollowUpStatus.DONE).and(onTheme(MOTION_FOLLOW_UP.MOTION_ID, theme));
        return dsl.select(
                        theme,
                        row(AGENDA_THEME.NAME_NL, AGENDA_THEME.NAME_EN).mapping(LocalizedText::new),
                        AGENDA_THEME.HIGHLIGHTED,
                        row(
                                        count(selectCount()
                                                .from(CONSULTATION_THEME)
                                                .join(CONSULTATION)
                                                .on(CONSULTATION.ID.eq(CONSULTATION_THEME.CONSULTATION_ID))
                                                .where(CONSULTATION_THEME.THEME_CODE.eq(theme))
                                                .and(at(CONSULTATION.INFORMATION_FROM, span, zone))),
                                        count(selectCount()
                                                .from(PROPOSAL)
                                                .where(proposalOnTheme)
                                                .and(at(PROPOSAL.CREATED_AT, span, zone))),
                                        count(selectCount()
                                                .from(SUPPORT)
                                                .join(PROPOSAL)
                                                .on(PROPOSAL.ID.eq(SUPPORT.PROPOSAL_ID))
                                                .where(proposalOnTheme)
                                                .and(at(SUPPORT.CREATED_AT, span, zone))),
                                        count(selectCount()
                                                .from(DISCUSSION_THEME)
                                                .join(DISCUSSION)
                                                .on(DISCUSSION.ID.eq(DISCUSSION_THEME.DISCUSSION_ID))
                                                .where(DISCUSSION_THEME.THEME_CODE.eq(theme))
                                                .and(DISCUSSION.STATE.eq(DiscussionState.PUBLISHED))
                                                .and(at(DISCUSSION.OPENS_AT, span, zone))),
                                        count(selectCount().from(MOTION).where(submittedMotion)),
                                        count(selectCount()
                                                .from(MOTION)
                                                .where(submittedMotion)
                                                .and(MOTION.RESULT.eq(VoteResult.ADOPTED))),
                                        count(selectCount()
                                                .from(MOTION)
                                                .where(submittedMotion)
                                                .and(MOTION.RESULT.in(VoteResult.REJECTED, VoteResult.TIED))),
                                        count(selectCount()
                                                .from(MOTION_FOLLOW_UP)
                                                .where(notDone)
                                                .and(at(MOTION_FOLLOW_UP.CREATED_AT, span, zone))),
                                        count(selectCount()
                                                .from(MOTION_FOLLOW_UP)
                                                .where(FollowUpRepository.overdue(today))
                                                .and(onTheme(MOTION_FOLLOW_UP.MOTION_ID, theme))
                                                .and(on(MOTION_FOLLOW_UP.DUE_ON, span))))
                                .mapping(ThemeFigures::new))
                .from(AGENDA_THEME)
                .where(code == null ? noCondition() : theme.eq(code))
                .orderBy(AGENDA_THEME.HIGHLIGHTED.desc(), AGENDA_THEME.POSITION)
                .fetch(mapping(ThemeFiguresRow::new));
    }

    /** Every year from the first to the last that anything the figures count is dated in, latest first. */
    List<Integer> years(ZoneId zone) {
        Record dates = dsl.select(
                        field(select(min(CONSULTATION.INFORMATION_FROM)).from(CONSULTATION)),
                        field(select(max(CONSULTATION.INFORMATION_FROM)).from(CONSULTATION)),
                        field(select(min(PROPOSAL.CREATED_AT)).from(PROPOSAL)),
                        field(select(max(PROPOSAL.CREATED_AT)).from(PROPOSAL)),
                        field(select(min(DISCUSSION.OPENS_AT)).from(DISCUSSION)),
                        field(select(max(DISCUSSION.OPENS_AT)).from(DISCUSSION)),
                        field(select(min(MOTION.SUBMITTED_AT)).from(MOTION)),
                        field(select(max(MOTION.SUBMITTED_AT)).from(MOTION)),
                        field(select(min(MOTION_FOLLOW_UP.DUE_ON)).from(MOTION_FOLLOW_UP)),
                        field(select(max(MOTION_FOLLOW_UP.DUE_ON)).from(MOTION_FOLLOW_UP)))
                .fetchSingle();
        IntSummaryStatistics years = Stream.of(dates.intoArray())
                .filter(Objects::nonNull)
                .mapToInt(value -> value instanceof Instant instant
                        ? instant.atZone(zone).getYear()
                        : ((LocalDate) value).getYear())
                .summaryStatistics();
        return years.getCount() == 0
                ? List.of()
                : IntStream.rangeClosed(years.getMin(), years.getMax())
                        .map(year -> years.getMax() + years.getMin() - year)
                        .boxed()
                        .toList();
    }

    private static Field<Integer> count(Select<? extends Record1<Integer>> query) {
        return field(query);
    }

    private static Condition onTheme(Field<Long> motionId, Field<String> theme) {
        return exists(selectOne()
                .from(MOTION_THEME)
                .where(MOTION_THEME.MOTION_ID.eq(motionId))
                .and(MOTION_THEME.THEME_CODE.eq(theme)));
    }

    private static Condition at(Field<Instant> moment, @Nullable Span span, ZoneId zone) {
        return span == null
                ? noCondition()
                : moment.ge(span.from().atStartOfDay(zone).toInstant())
                        .and(moment.lt(span.until().atStartOfDay(zone).toInstant()));
    }

    private static Condition on(Field<LocalDate> day, @Nullable Span span) {
        return span == null ? noCondition() : day.ge(span.from()).and(day.lt(span.until()));
    }
}
