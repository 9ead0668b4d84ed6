package nl.raadsplein.moderation;

import java.util.List;

/**
 * Everything the griffie needs to decide on one item: its queue row, all reports and earlier actions, and the
 * actions that apply to it as it stands (in the order to offer them).
 */
public record ItemDetails(
        QueueItem item, List<ReportView> reports, List<ActionView> actions, List<ModerationAction> applicable) {}
