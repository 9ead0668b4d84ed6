package nl.raadsplein.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class AgendaReferenceDataTest {

    @Autowired
    AgendaService agenda;

    @Test
    void the_agenda_has_three_goals_seven_topics_and_twenty_seven_themes_in_both_languages() {
        List<AgendaGoal> goals = agenda.goals();
        assertThat(goals).extracting(AgendaGoal::code).containsExactly("1", "2", "3");
        List<AgendaGoal.Topic> topics =
                goals.stream().flatMap(g -> g.topics().stream()).toList();
        assertThat(topics).extracting(AgendaGoal.Topic::code).containsExactly("1A", "1B", "1C", "2A", "2B", "3A", "3B");
        List<AgendaGoal.ThemeSummary> themes =
                topics.stream().flatMap(t -> t.themes().stream()).toList();
        assertThat(themes).hasSize(27);
        assertThat(themes).allSatisfy(t -> {
            assertThat(t.name().nl()).isNotBlank();
            assertThat(t.name().en()).isNotBlank();
        });
        assertThat(themes)
                .filteredOn(AgendaGoal.ThemeSummary::highlighted)
                .extracting(AgendaGoal.ThemeSummary::code)
                .containsExactly("3A.1", "3A.2");
    }

    @Test
    void democracy_theme_has_description_and_linked_digital_topics() {
        Theme theme = agenda.theme("3A.1");
        assertThat(theme.name().in(Locale.forLanguageTag("nl")))
                .isEqualTo("Impact van de informatiesamenleving op de democratie");
        assertThat(theme.name().in(Locale.ENGLISH)).isEqualTo("Impact of the information society on democracy");
        assertThat(theme.description().nl()).isNotBlank();
        assertThat(theme.goalCode()).isEqualTo("3");
        assertThat(theme.digitalTopics())
                .extracting(ReferenceItem::code)
                .containsExactly("platform-ratings", "social-media");
    }

    @Test
    void all_public_values_and_digital_topics_are_loaded() {
        assertThat(agenda.publicValues())
                .hasSizeGreaterThanOrEqualTo(14)
                .extracting(ReferenceItem::code)
                .startsWith("privacy", "autonomy");
        assertThat(agenda.digitalTopics())
                .hasSizeGreaterThanOrEqualTo(12)
                .filteredOn(t -> t.code().equals("cameras"))
                .singleElement()
                .satisfies(t -> assertThat(t.themeCodes()).containsExactly("2A.4", "3A.2"));
    }
}
