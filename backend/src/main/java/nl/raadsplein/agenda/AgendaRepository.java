package nl.raadsplein.agenda;

import static nl.raadsplein.jooq.Tables.AGENDA_GOAL;
import static nl.raadsplein.jooq.Tables.AGENDA_THEME;
import static nl.raadsplein.jooq.Tables.AGENDA_TOPIC;
import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC;
import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC_THEME;
import static nl.raadsplein.jooq.Tables.PUBLIC_VALUE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.LocalizedText;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AgendaRepository {

    private final DSLContext dsl;

    AgendaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AgendaGoal> goals() {
        return dsl.select(
                        AGENDA_GOAL.CODE,
                        row(AGENDA_GOAL.NAME_NL, AGENDA_GOAL.NAME_EN).mapping(LocalizedText::new),
                        row(AGENDA_GOAL.SUMMARY_NL, AGENDA_GOAL.SUMMARY_EN).mapping(LocalizedText::new),
                        multiset(select(
                                                AGENDA_TOPIC.CODE,
                                                row(AGENDA_TOPIC.NAME_NL, AGENDA_TOPIC.NAME_EN)
                                                        .mapping(LocalizedText::new),
                                                multiset(select(
                                                                        AGENDA_THEME.CODE,
                                                                        row(AGENDA_THEME.NAME_NL, AGENDA_THEME.NAME_EN)
                                                                                .mapping(LocalizedText::new),
                                                                        AGENDA_THEME.HIGHLIGHTED)
                                                                .from(AGENDA_THEME)
                                                                .where(AGENDA_THEME.TOPIC_CODE.eq(AGENDA_TOPIC.CODE))
                                                                .orderBy(AGENDA_THEME.POSITION))
                                                        .convertFrom(r -> r.map(mapping(AgendaGoal.ThemeSummary::new))))
                                        .from(AGENDA_TOPIC)
                                        .where(AGENDA_TOPIC.GOAL_CODE.eq(AGENDA_GOAL.CODE))
                                        .orderBy(AGENDA_TOPIC.POSITION))
                                .convertFrom(r -> r.map(mapping(AgendaGoal.Topic::new))))
                .from(AGENDA_GOAL)
                .orderBy(AGENDA_GOAL.POSITION)
                .fetch(mapping(AgendaGoal::new));
    }

    Optional<Theme> theme(String code) {
        return dsl.select(
                        AGENDA_THEME.CODE,
                        row(AGENDA_THEME.NAME_NL, AGENDA_THEME.NAME_EN).mapping(LocalizedText::new),
                        row(AGENDA_THEME.DESCRIPTION_NL, AGENDA_THEME.DESCRIPTION_EN)
                                .mapping(LocalizedText::new),
                        AGENDA_THEME.HIGHLIGHTED,
                        AGENDA_TOPIC.CODE,
                        row(AGENDA_TOPIC.NAME_NL, AGENDA_TOPIC.NAME_EN).mapping(LocalizedText::new),
                        AGENDA_GOAL.CODE,
                        row(AGENDA_GOAL.NAME_NL, AGENDA_GOAL.NAME_EN).mapping(LocalizedText::new),
                        multiset(select(
                                                DIGITAL_TOPIC.CODE,
                                                row(DIGITAL_TOPIC.NAME_NL, DIGITAL_TOPIC.NAME_EN)
                                                        .mapping(LocalizedText::new),
                                                themeCodesOf(DIGITAL_TOPIC.CODE),
                                                DIGITAL_TOPIC.VERSION)
                                        .from(DIGITAL_TOPIC)
                                        .join(DIGITAL_TOPIC_THEME)
                                        .on(DIGITAL_TOPIC_THEME.TOPIC_CODE.eq(DIGITAL_TOPIC.CODE))
                                        .where(DIGITAL_TOPIC_THEME.THEME_CODE.eq(AGENDA_THEME.CODE))
                                        .orderBy(DIGITAL_TOPIC.POSITION))
                                .convertFrom(r -> r.map(mapping(ReferenceItem::new))),
                        AGENDA_THEME.VERSION)
                .from(AGENDA_THEME)
                .join(AGENDA_TOPIC)
                .on(AGENDA_TOPIC.CODE.eq(AGENDA_THEME.TOPIC_CODE))
                .join(AGENDA_GOAL)
                .on(AGENDA_GOAL.CODE.eq(AGENDA_TOPIC.GOAL_CODE))
                .where(AGENDA_THEME.CODE.eq(code))
                .fetchOptional(mapping(Theme::new));
    }

    List<ReferenceItem> items(ReferenceKind kind) {
        if (kind == ReferenceKind.PUBLIC_VALUE) {
            return dsl.select(
                            PUBLIC_VALUE.CODE,
                            row(PUBLIC_VALUE.NAME_NL, PUBLIC_VALUE.NAME_EN).mapping(LocalizedText::new),
                            PUBLIC_VALUE.VERSION)
                    .from(PUBLIC_VALUE)
                    .orderBy(PUBLIC_VALUE.POSITION)
                    .fetch(mapping((code, name, version) -> new ReferenceItem(code, name, List.of(), version)));
        }
        return dsl.select(
                        DIGITAL_TOPIC.CODE,
                        row(DIGITAL_TOPIC.NAME_NL, DIGITAL_TOPIC.NAME_EN).mapping(LocalizedText::new),
                        themeCodesOf(DIGITAL_TOPIC.CODE),
                        DIGITAL_TOPIC.VERSION)
                .from(DIGITAL_TOPIC)
                .orderBy(DIGITAL_TOPIC.POSITION)
                .fetch(mapping(ReferenceItem::new));
    }

    private static Field<List<String>> themeCodesOf(Field<String> topicCode) {
        return multiset(select(DIGITAL_TOPIC_THEME.THEME_CODE)
                        .from(DIGITAL_TOPIC_THEME)
                        .where(DIGITAL_TOPIC_THEME.TOPIC_CODE.eq(topicCode))
                        .orderBy(DIGITAL_TOPIC_THEME.THEME_CODE))
                .convertFrom(r -> r.map(Record1::value1));
    }

    boolean themeExists(String code) {
        return dsl.fetchExists(AGENDA_THEME, AGENDA_THEME.CODE.eq(code));
    }

    boolean exists(ReferenceKind kind, String code) {
        Columns c = Columns.of(kind);
        return dsl.fetchExists(c.table, c.code.eq(code));
    }

    boolean allThemesExist(Collection<String> codes) {
        return codes.isEmpty()
                || dsl.fetchCount(AGENDA_THEME, AGENDA_THEME.CODE.in(codes))
                        == codes.stream().distinct().count();
    }

    void renameTheme(String code, LocalizedText name, int version) {
        int updated = dsl.update(AGENDA_THEME)
                .set(AGENDA_THEME.NAME_NL, name.nl())
                .set(AGENDA_THEME.NAME_EN, name.en())
                .set(AGENDA_THEME.VERSION, AGENDA_THEME.VERSION.plus(1))
                .where(AGENDA_THEME.CODE.eq(code).and(AGENDA_THEME.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException();
        }
    }

    void rename(ReferenceKind kind, String code, LocalizedText name, int version) {
        Columns c = Columns.of(kind);
        int updated = dsl.update(c.table)
                .set(c.nameNl, name.nl())
                .set(c.nameEn, name.en())
                .set(c.version, c.version.plus(1))
                .where(c.code.eq(code).and(c.version.eq(version)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException();
        }
    }

    void add(ReferenceKind kind, String code, LocalizedText name, List<String> themeCodes) {
        Columns c = Columns.of(kind);
        dsl.insertInto(c.table)
                .columns(c.code, c.position, c.nameNl, c.nameEn)
                .select(select(val(code), coalesce(max(c.position), val(0)).plus(1), val(name.nl()), val(name.en()))
                        .from(c.table))
                .execute();
        for (String theme : themeCodes.stream().distinct().toList()) {
            dsl.insertInto(DIGITAL_TOPIC_THEME, DIGITAL_TOPIC_THEME.TOPIC_CODE, DIGITAL_TOPIC_THEME.THEME_CODE)
                    .values(code, theme)
                    .execute();
        }
    }

    /** Public values and digital topics share their shape; this picks the table for a kind. */
    private record Columns(
            Table<? extends Record> table,
            TableField<? extends Record, String> code,
            TableField<? extends Record, Integer> position,
            TableField<? extends Record, String> nameNl,
            TableField<? extends Record, String> nameEn,
            TableField<? extends Record, Integer> version) {

        static Columns of(ReferenceKind kind) {
            return switch (kind) {
                case PUBLIC_VALUE ->
                    new Columns(
                            PUBLIC_VALUE,
                            PUBLIC_VALUE.CODE,
                            PUBLIC_VALUE.POSITION,
                            PUBLIC_VALUE.NAME_NL,
                            PUBLIC_VALUE.NAME_EN,
                            PUBLIC_VALUE.VERSION);
                case DIGITAL_TOPIC ->
                    new Columns(
                            DIGITAL_TOPIC,
                            DIGITAL_TOPIC.CODE,
                            DIGITAL_TOPIC.POSITION,
                            DIGITAL_TOPIC.NAME_NL,
                            DIGITAL_TOPIC.NAME_EN,
                            DIGITAL_TOPIC.VERSION);
            };
        }
    }
}
