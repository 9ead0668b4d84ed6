package nl.raadsplein.moderation;

import org.jspecify.annotations.Nullable;

/**
 * Someone's report of an item: a reason, and a text ({@link ReportReason#needsText() required} for OTHER, else
 * optional). The components are named as the refusals name their fields.
 */
public record Report(
        ContentRef content, ReportReason reason, @Nullable String text) {}
