package nl.raadsplein.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The griffie's queue: items with open reports or waiting for pre-moderation, and one item with its history. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ModerationQueueService {

    private final QueueRepository queue;
    private final ItemRepository items;
    private final ReportRepository reports;
    private final ActionRepository actions;

    ModerationQueueService(
            QueueRepository queue, ItemRepository items, ReportRepository reports, ActionRepository actions) {
        this.queue = queue;
        this.items = items;
        this.reports = reports;
        this.actions = actions;
    }

    /** Items with open reports or waiting for pre-moderation, one statement per page. */
    public List<QueueItem> queue(QueueSort sort, @Nullable Long consultationId, int offset, int limit) {
        Paging.check(offset, limit);
        return queue.queue(sort, consultationId, offset, limit);
    }

    public int countQueue(@Nullable Long consultationId) {
        return queue.countQueue(consultationId);
    }

    /** One item with all its reports and earlier actions, whether in the queue or not. */
    public ItemDetails item(ContentRef content) {
        long itemId = items.itemId(Objects.requireNonNull(content, "content"))
                .orElseThrow(() -> new NoSuchItemException("moderation item " + content));
        QueueItem item = queue.queueItem(itemId).orElseThrow();
        return new ItemDetails(item, reports.reports(itemId), actions.actions(itemId), applicable(item));
    }

    /** The item's moderation version, as the actions expect it back (0 for an item nobody reported yet). */
    public int version(ContentRef content) {
        return items.version(Objects.requireNonNull(content, "content"));
    }

    /**
     * The actions that the item's state allows, as the owners of the content and the account refuse the others:
     * hiding what is not hidden by a decision yet (a profile only with its text, a comment only while live),
     * restoring what is hidden, approving what waits, blocking an author who is not blocked and unblocking one who
     * is; dismissing the reports and redacting always.
     */
    private static List<ModerationAction> applicable(QueueItem item) {
        ContentState state = item.contentState();
        boolean hideable = item.hiddenByReports()
                || switch (item.content().type()) {
                    case PROPOSAL -> state != ContentState.HIDDEN;
                    case COMMENT, STATEMENT ->
                        state == ContentState.PUBLISHED || state == ContentState.AWAITING_MODERATION;
                    case PROFILE -> state != null && state != ContentState.HIDDEN;
                };
        List<ModerationAction> applicable = new ArrayList<>();
        if (hideable) {
            applicable.add(ModerationAction.HIDE);
        }
        if (state == ContentState.HIDDEN) {
            applicable.add(ModerationAction.RESTORE);
        }
        if (state == ContentState.AWAITING_MODERATION) {
            applicable.add(ModerationAction.APPROVE);
        }
        applicable.add(ModerationAction.DISMISS);
        applicable.add(ModerationAction.REDACT);
        applicable.add(item.authorBlocked() ? ModerationAction.UNBLOCK : ModerationAction.BLOCK_AUTHOR);
        return List.copyOf(applicable);
    }
}
