package nl.raadsplein.agenda;

import java.util.List;
import nl.raadsplein.platform.LocalizedText;

/** One theme of the agenda with where it sits in the tree and the digital topics that map to it. */
public record Theme(
        String code,
        LocalizedText name,
        LocalizedText description,
        boolean highlighted,
        String topicCode,
        LocalizedText topicName,
        String goalCode,
        LocalizedText goalName,
        List<ReferenceItem> digitalTopics,
        int version) {}
