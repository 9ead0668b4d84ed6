package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the agenda's goals, topics and themes, the public values and the digital topics from the YAML
 * files in {@code reference/} (copies of the project's shared reference data), so that the YAML stays
 * the single source of the facts and the codes become natural keys.
 */
@SuppressWarnings({"unchecked", "checkstyle:TypeName"})
public class V2__reference_data extends BaseJavaMigration {

    /** Democracy and the rule of law: the themes outcomes must be traceable to first. */
    private static final Set<String> HIGHLIGHTED_THEMES = Set.of("3A.1", "3A.2");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Object> agenda = load("agenda-themes.yaml");
        Map<String, Object> descriptions = load("theme-descriptions.yaml");
        Map<String, Map<String, Object>> goalTexts = byCode(rows(descriptions, "goals"));
        Map<String, Map<String, Object>> themeTexts = byCode(rows(descriptions, "themes"));

        try (PreparedStatement goal = connection.prepareStatement(
                        "INSERT INTO agenda_goal (code, position, name_nl, name_en, summary_nl, summary_en) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement topic = connection.prepareStatement(
                        "INSERT INTO agenda_topic (code, goal_code, position, name_nl, name_en) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement theme = connection.prepareStatement(
                        "INSERT INTO agenda_theme (code, topic_code, position, name_nl, name_en, description_nl, description_en, highlighted)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int goalPosition = 0;
            int topicPosition = 0;
            int themePosition = 0;
            for (Map<String, Object> g : rows(agenda, "goals")) {
                String goalCode = text(g, "code");
                goal.setString(1, goalCode);
                goal.setInt(2, ++goalPosition);
                goal.setString(3, text(g, "nl"));
                goal.setString(4, text(g, "en"));
                goal.setString(5, text(required(goalTexts, goalCode), "summary_nl"));
                goal.setString(6, text(g, "summary_en"));
                goal.executeUpdate();
                for (Map<String, Object> t : rows(g, "topics")) {
                    String topicCode = text(t, "code");
                    topic.setString(1, topicCode);
                    topic.setString(2, goalCode);
                    topic.setInt(3, ++topicPosition);
                    topic.setString(4, text(t, "nl"));
                    topic.setString(5, text(t, "en"));
                    topic.executeUpdate();
                    for (Map<String, Object> th : rows(t, "themes")) {
                        String themeCode = text(th, "code");
                        Map<String, Object> description = required(themeTexts, themeCode);
                        theme.setString(1, themeCode);
                        theme.setString(2, topicCode);
                        theme.setInt(3, ++themePosition);
                        theme.setString(4, text(th, "nl"));
                        theme.setString(5, text(th, "en"));
                        theme.setString(6, text(description, "nl"));
                        theme.setString(7, text(description, "en"));
                        theme.setBoolean(8, HIGHLIGHTED_THEMES.contains(themeCode));
                        theme.executeUpdate();
                    }
                }
            }
        }

        insertNamed(connection, "public_value", rows(load("public-values.yaml"), "values"));
        List<Map<String, Object>> topics = rows(load("digital-topics.yaml"), "topics");
        insertNamed(connection, "digital_topic", topics);
        try (PreparedStatement link =
                connection.prepareStatement("INSERT INTO digital_topic_theme (topic_code, theme_code) VALUES (?, ?)")) {
            for (Map<String, Object> t : topics) {
                for (Object themeCode : (List<?>) value(t, "themes")) {
                    link.setString(1, text(t, "code"));
                    link.setString(2, themeCode.toString());
                    link.executeUpdate();
                }
            }
        }
    }

    private static void insertNamed(Connection connection, String table, List<Map<String, Object>> rows)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (code, position, name_nl, name_en) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Map<String, Object> row : rows) {
                insert.setString(1, text(row, "code"));
                insert.setInt(2, ++position);
                insert.setString(3, text(row, "nl"));
                insert.setString(4, text(row, "en"));
                insert.executeUpdate();
            }
        }
    }

    private static Map<String, Object> load(String name) throws IOException {
        try (InputStream in = V2__reference_data.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Reference data file missing from the classpath: " + name);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    private static Map<String, Map<String, Object>> byCode(List<Map<String, Object>> rows) {
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> text(r, "code"), r -> r));
    }

    private static Map<String, Object> required(Map<String, Map<String, Object>> byCode, String code) {
        Map<String, Object> row = byCode.get(code);
        if (row == null) {
            throw new IllegalStateException("No description for agenda code " + code);
        }
        return row;
    }

    private static List<Map<String, Object>> rows(Map<String, Object> row, String key) {
        return (List<Map<String, Object>>) value(row, key);
    }

    private static String text(Map<String, Object> row, String key) {
        return value(row, key).toString();
    }

    private static Object value(Map<String, Object> row, String key) {
        Object value = row.get(key);
        if (value == null) {
            throw new IllegalStateException("Reference data row " + row + " lacks " + key);
        }
        return value;
    }
}
