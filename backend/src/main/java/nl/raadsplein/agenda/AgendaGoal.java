package nl.raadsplein.agenda;

import java.util.List;
import nl.raadsplein.platform.LocalizedText;

/** A goal of the Digitale Agenda Gemeenten with its main topics and their themes, in order. */
public record AgendaGoal(String code, LocalizedText name, LocalizedText summary, List<Topic> topics) {

    public record Topic(String code, LocalizedText name, List<ThemeSummary> themes) {}

    public record ThemeSummary(String code, LocalizedText name, boolean highlighted) {}
}
