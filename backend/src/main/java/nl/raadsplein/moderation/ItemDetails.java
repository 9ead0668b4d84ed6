package nl.raadsplein.moderation;

import java.util.List;

/** Everything the griffie needs to decide on one item: its queue row, all reports and earlier actions. */
public record ItemDetails(QueueItem item, List<ReportView> reports, List<ActionView> actions) {
}
