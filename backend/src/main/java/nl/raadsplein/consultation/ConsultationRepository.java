package nl.raadsplein.consultation;

import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.CONSULTATION_THEME;
import static nl.raadsplein.jooq.Tables.CONSULTATION_TOPIC;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.jooq.tables.records.ConsultationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record11;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ConsultationRepository {

    private static final Field<List<String>> THEMES = multiset(select(CONSULTATION_THEME.THEME_CODE)
                    .from(CONSULTATION_THEME)
                    .where(CONSULTATION_THEME.CONSULTATION_ID.eq(CONSULTATION.ID))
                    .orderBy(CONSULTATION_THEME.THEME_CODE))
            .convertFrom(r -> r.map(Record1::value1));
    private static final Field<List<String>> TOPICS = multiset(select(CONSULTATION_TOPIC.TOPIC_CODE)
                    .from(CONSULTATION_TOPIC)
                    .where(CONSULTATION_TOPIC.CONSULTATION_ID.eq(CONSULTATION.ID))
                    .orderBy(CONSULTATION_TOPIC.TOPIC_CODE))
            .convertFrom(r -> r.map(Record1::value1));

    private final DSLContext dsl;

    ConsultationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Consultation> find(long id, Instant now) {
        return dsl.select(CONSULTATION.asterisk(), THEMES, TOPICS)
                .from(CONSULTATION)
                .where(CONSULTATION.ID.eq(id))
                .fetchOptional(r -> toConsultation(r, now));
    }

    boolean exists(long id) {
        return dsl.fetchExists(CONSULTATION, CONSULTATION.ID.eq(id));
    }

    List<ConsultationSummary> list(ConsultationFilter filter, Instant now, int offset, int limit) {
        return list(filter, now, offset, limit, CONSULTATION.CLOSED_FROM.desc(), CONSULTATION.ID.desc());
    }

    /** Open consultations, the one whose current phase ends first at the top. */
    List<ConsultationSummary> openByDeadline(Instant now, int limit) {
        Field<Instant> phaseEnd = when(CONSULTATION.PROPOSALS_FROM.gt(now), CONSULTATION.PROPOSALS_FROM)
                .when(CONSULTATION.SUPPORTS_FROM.gt(now), CONSULTATION.SUPPORTS_FROM)
                .when(CONSULTATION.DELIBERATION_FROM.gt(now), CONSULTATION.DELIBERATION_FROM)
                .otherwise(CONSULTATION.CLOSED_FROM);
        return list(
                new ConsultationFilter(ConsultationFilter.Status.OPEN, null, null),
                now,
                0,
                limit,
                phaseEnd.asc(),
                CONSULTATION.ID.asc());
    }

    private List<ConsultationSummary> list(
            ConsultationFilter filter, Instant now, int offset, int limit, SortField<?>... order) {
        return dsl.select(
                        CONSULTATION.ID,
                        CONSULTATION.TITLE,
                        CONSULTATION.SUMMARY,
                        CONSULTATION.INFORMATION_FROM,
                        CONSULTATION.PROPOSALS_FROM,
                        CONSULTATION.SUPPORTS_FROM,
                        CONSULTATION.DELIBERATION_FROM,
                        CONSULTATION.CLOSED_FROM,
                        CONSULTATION.OUTCOME_PUBLISHED_AT,
                        THEMES,
                        TOPICS)
                .from(CONSULTATION)
                .where(matching(filter, now))
                .orderBy(order)
                .offset(offset)
                .limit(limit)
                .fetch(r -> toSummary(r, now));
    }

    int count(ConsultationFilter filter, Instant now) {
        return dsl.fetchCount(CONSULTATION, matching(filter, now));
    }

    long insert(ConsultationDraft draft, long createdBy, Instant now) {
        ConsultationRecord record = dsl.newRecord(CONSULTATION);
        fill(record, draft);
        record.setCreatedBy(createdBy);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        replaceLinks(record.getId(), draft);
        return record.getId();
    }

    boolean update(long id, ConsultationDraft draft, int version, Instant now) {
        ConsultationRecord record = dsl.newRecord(CONSULTATION);
        fill(record, draft);
        record.setUpdatedAt(now);
        record.setVersion(version + 1);
        record.changed(CONSULTATION.ID, false);
        int updated = dsl.update(CONSULTATION)
                .set(record)
                .where(CONSULTATION.ID.eq(id).and(CONSULTATION.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            return false;
        }
        replaceLinks(id, draft);
        return true;
    }

    boolean publishOutcome(long id, String outcome, int version, Instant now) {
        return dsl.update(CONSULTATION)
                        .set(CONSULTATION.OUTCOME, outcome)
                        .set(CONSULTATION.OUTCOME_PUBLISHED_AT, now)
                        .set(CONSULTATION.UPDATED_AT, now)
                        .set(CONSULTATION.VERSION, CONSULTATION.VERSION.plus(1))
                        .where(CONSULTATION.ID.eq(id).and(CONSULTATION.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    boolean setConductRules(long id, @Nullable String text, int version, Instant now) {
        return dsl.update(CONSULTATION)
                        .set(CONSULTATION.CONDUCT_RULES, text)
                        .set(CONSULTATION.UPDATED_AT, now)
                        .set(CONSULTATION.VERSION, CONSULTATION.VERSION.plus(1))
                        .where(CONSULTATION.ID.eq(id).and(CONSULTATION.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    private void replaceLinks(long id, ConsultationDraft draft) {
        dsl.deleteFrom(CONSULTATION_THEME)
                .where(CONSULTATION_THEME.CONSULTATION_ID.eq(id))
                .execute();
        dsl.deleteFrom(CONSULTATION_TOPIC)
                .where(CONSULTATION_TOPIC.CONSULTATION_ID.eq(id))
                .execute();
        var themes =
                dsl.insertInto(CONSULTATION_THEME, CONSULTATION_THEME.CONSULTATION_ID, CONSULTATION_THEME.THEME_CODE);
        draft.themeCodes().forEach(code -> themes.values(id, code));
        themes.execute();
        if (!draft.topicCodes().isEmpty()) {
            var topics = dsl.insertInto(
                    CONSULTATION_TOPIC, CONSULTATION_TOPIC.CONSULTATION_ID, CONSULTATION_TOPIC.TOPIC_CODE);
            draft.topicCodes().forEach(code -> topics.values(id, code));
            topics.execute();
        }
    }

    private static void fill(ConsultationRecord record, ConsultationDraft draft) {
        PhaseDates dates = draft.dates();
        ConsultationSettings settings = draft.settings();
        record.setTitle(draft.title())
                .setSummary(draft.summary())
                .setBody(draft.body())
                .setInformationFrom(dates.informationFrom())
                .setProposalsFrom(dates.proposalsFrom())
                .setSupportsFrom(dates.supportsFrom())
                .setDeliberationFrom(dates.deliberationFrom())
                .setClosedFrom(dates.closedFrom())
                .setSupportThreshold(settings.supportThreshold())
                .setMaxProposalsPerResident(settings.maxProposalsPerResident())
                .setEditWindowMinutes(settings.editWindowMinutes())
                .setSupportsRequireVerification(settings.supportsRequireVerification())
                .setPremoderation(settings.premoderation())
                .setReportsToHide(settings.reportsToHide())
                .setReporterMinAgeDays(settings.reporterMinimumAgeDays());
    }

    private static Condition matching(ConsultationFilter filter, Instant now) {
        Condition condition = noCondition();
        if (filter.status() != null) {
            condition = condition.and(
                    switch (filter.status()) {
                        case UPCOMING -> CONSULTATION.INFORMATION_FROM.gt(now);
                        case OPEN ->
                            CONSULTATION
                                    .INFORMATION_FROM
                                    .le(now)
                                    .and(CONSULTATION.CLOSED_FROM.gt(now))
                                    .and(CONSULTATION.OUTCOME_PUBLISHED_AT.isNull());
                        case CLOSED ->
                            CONSULTATION.CLOSED_FROM.le(now).or(CONSULTATION.OUTCOME_PUBLISHED_AT.isNotNull());
                    });
        }
        if (filter.themeCode() != null) {
            condition = condition.and(CONSULTATION.ID.in(select(CONSULTATION_THEME.CONSULTATION_ID)
                    .from(CONSULTATION_THEME)
                    .where(CONSULTATION_THEME.THEME_CODE.eq(filter.themeCode()))));
        }
        if (filter.topicCode() != null) {
            condition = condition.and(CONSULTATION.ID.in(select(CONSULTATION_TOPIC.CONSULTATION_ID)
                    .from(CONSULTATION_TOPIC)
                    .where(CONSULTATION_TOPIC.TOPIC_CODE.eq(filter.topicCode()))));
        }
        return condition;
    }

    private static Consultation toConsultation(Record r, Instant now) {
        ConsultationRecord c = r.into(CONSULTATION);
        PhaseDates dates = datesOf(
                c.getInformationFrom(),
                c.getProposalsFrom(),
                c.getSupportsFrom(),
                c.getDeliberationFrom(),
                c.getClosedFrom());
        return new Consultation(
                c.getId(),
                c.getTitle(),
                c.getSummary(),
                c.getBody(),
                dates,
                new ConsultationSettings(
                        c.getSupportThreshold(),
                        c.getMaxProposalsPerResident(),
                        c.getEditWindowMinutes(),
                        c.getSupportsRequireVerification(),
                        c.getPremoderation(),
                        c.getReportsToHide(),
                        c.getReporterMinAgeDays()),
                r.get(THEMES),
                r.get(TOPICS),
                c.getOutcome(),
                c.getOutcomePublishedAt(),
                dates.phaseAt(now, c.getOutcomePublishedAt() != null),
                c.getVersion(),
                c.getConductRules());
    }

    private static ConsultationSummary toSummary(
            Record11<
                            Long,
                            String,
                            String,
                            Instant,
                            Instant,
                            Instant,
                            Instant,
                            Instant,
                            Instant,
                            List<String>,
                            List<String>>
                    r,
            Instant now) {
        PhaseDates dates = datesOf(r.value4(), r.value5(), r.value6(), r.value7(), r.value8());
        return new ConsultationSummary(
                r.value1(),
                r.value2(),
                r.value3(),
                dates,
                dates.phaseAt(now, r.value9() != null),
                r.value10(),
                r.value11());
    }

    private static PhaseDates datesOf(
            Instant information, Instant proposals, Instant supports, Instant deliberation, Instant closed) {
        return new PhaseDates(information, proposals, supports, deliberation, closed);
    }
}
