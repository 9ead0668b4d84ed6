package nl.raadsplein.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.proposal.Redacted;
import nl.raadsplein.proposal.Redaction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The griffie's decisions on an item: hide, restore, dismiss the reports, approve, redact, block or unblock the
 * author. Every action checks the item's moderation version, so of two griffiers acting on the same item at once
 * one wins and the other gets a {@link ConcurrentChangeException}, nothing applied twice. The item changes through
 * the feature that owns it (ADR 6); each action is recorded in the {@link AuditTrail}, last, in its transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ModerationActionService {

    public static final int DECISION_TEXT_LENGTH = 1000;
    public static final int MIN_JUSTIFICATION_LENGTH = 15;

    private final ItemRepository items;
    private final ReportRepository reports;
    private final ActionRepository actions;
    private final ContentRepository contents;
    private final ContentActions contentActions;
    private final ModerationNotifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationActionService(
            ItemRepository items,
            ReportRepository reports,
            ActionRepository actions,
            ContentRepository contents,
            ContentActions contentActions,
            ModerationNotifications notifications,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.reports = reports;
        this.actions = actions;
        this.contents = contents;
        this.contentActions = contentActions;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long hide(ContentRef content, Decision decision) {
        return act(content, ModerationAction.HIDE, decision, target -> {
            // Hidden pending review already: the griffier's hide makes it a decision, with a reason and an appeal.
            if (!hiddenByReports(content)) {
                contentActions.hide(content);
            }
            return Applied.NOTHING_MORE;
        });
    }

    @Transactional
    public long restore(ContentRef content, Decision decision) {
        return act(content, ModerationAction.RESTORE, decision, target -> {
            contentActions.restore(content);
            return Applied.NOTHING_MORE;
        });
    }

    /** Closes the open reports without changing the item; an item they hid comes back. */
    @Transactional
    public long dismiss(ContentRef content, Decision decision) {
        return act(
                content,
                ModerationAction.DISMISS,
                decision,
                target -> new Applied(hiddenByReports(content) && contentActions.restore(content), null));
    }

    /** Publishes an item that waited for pre-moderation (comment counters follow; for a profile: its text). */
    @Transactional
    public long approve(ContentRef content, Decision decision) {
        return act(content, ModerationAction.APPROVE, decision, target -> {
            contentActions.approve(content);
            return Applied.NOTHING_MORE;
        });
    }

    /**
     * Replaces a fragment of the text, keeping the rest; for a profile: of the display name when the fragment is
     * in it, otherwise of the profile text. For a proposal or comment what was taken out is kept with the action
     * until an appeal against it is decided, so that overturning it can put the text back.
     */
    @Transactional
    public long redact(ContentRef content, Redaction redaction, Decision decision) {
        if (redaction == null) {
            throw new InvalidInputException("fragment", "error.required");
        }
        return act(
                content,
                ModerationAction.REDACT,
                decision,
                target -> new Applied(false, contentActions.redact(target, redaction)));
    }

    /**
     * Blocks the author of the item (for a profile: the account) with a justification of at least
     * {@value #MIN_JUSTIFICATION_LENGTH} characters, and if asked hides all their proposals and comments.
     */
    @Transactional
    public long blockAuthor(ContentRef content, Block block) {
        if (block == null) {
            throw new InvalidInputException("text", "error.required");
        }
        String checked = TextInput.multiLine("text", block.text(), DECISION_TEXT_LENGTH);
        if (checked.codePointCount(0, checked.length()) < MIN_JUSTIFICATION_LENGTH) {
            throw new InvalidInputException(
                    "text", "moderation.error.justification-too-short", MIN_JUSTIFICATION_LENGTH);
        }
        Decision decision = new Decision(block.reason(), checked, block.version());
        return act(content, ModerationAction.BLOCK_AUTHOR, decision, target -> {
            if (!contentActions.block(target.authorId())) {
                throw new InvalidInputException("action", "moderation.error.already-blocked");
            }
            if (block.hideAllContent()) {
                contentActions.hideAllBy(target.authorId());
            }
            return Applied.NOTHING_MORE;
        });
    }

    /** Lifts an account's block; the decision's version is that of the account's profile item. */
    @Transactional
    public long unblock(long accountId, Decision decision) {
        return act(ContentRef.profile(accountId), ModerationAction.UNBLOCK, decision, target -> {
            if (!contentActions.unblock(accountId)) {
                throw new InvalidInputException("action", "moderation.error.not-blocked");
            }
            return Applied.NOTHING_MORE;
        });
    }

    /**
     * What an action did to the item beyond the decision itself.
     *
     * @param shownAgain the reports' hiding was undone and the owner reported the item visible again
     * @param redacted   what a redaction took out, to keep for an appeal; else null
     */
    private record Applied(boolean shownAgain, @Nullable Redacted redacted) {
        static final Applied NOTHING_MORE = new Applied(false, null);
    }

    private interface Change {
        Applied apply(Target target);
    }

    // A locking read, and reset by every action: true only while the reports' hiding stands.
    private boolean hiddenByReports(ContentRef content) {
        return items.lockItem(items.itemId(content).orElseThrow()).hiddenByReports();
    }

    private long act(ContentRef content, ModerationAction action, Decision decision, Change change) {
        Actor me = Actor.current();
        if (content == null) {
            throw new InvalidInputException("content", "error.required");
        }
        if (decision == null || decision.reason() == null) {
            throw new InvalidInputException("reason", "error.required");
        }
        String text = decision.text() == null || decision.text().isBlank()
                ? null
                : TextInput.multiLine("text", decision.text(), DECISION_TEXT_LENGTH);
        Target target = contents.target(content)
                .orElseThrow(() -> new NoSuchItemException(content.type() + " " + content.id()));
        Instant now = clock.instant();
        long itemId = items.ensureItem(content, target.consultationId(), target.authorId(), now);
        if (!items.bumpVersion(itemId, decision.version())) {
            throw new ConcurrentChangeException();
        }
        Applied applied = change.apply(target);
        long actionId = actions.insertAction(itemId, action, decision.reason(), text, me.account(), now);
        if (applied.redacted() != null) {
            actions.keepRedaction(actionId, applied.redacted());
        }
        // A restore settles the reports that hid the item too; left open, one more report would hide it again.
        List<Long> reporters =
                action == ModerationAction.UNBLOCK ? List.of() : reports.handleReports(itemId, actionId, now);
        items.closeItem(itemId, now);
        if (action.appealable() || action == ModerationAction.UNBLOCK || action == ModerationAction.RESTORE) {
            notifications.toAuthor(actionId, target.authorId(), content.type(), action, decision.reason());
        }
        if (action == ModerationAction.APPROVE || applied.shownAgain()) {
            notifications.visibleAfterReview(target, action);
        }
        notifications.toReporters(reporters, content.type(), action, decision.reason(), target.proposalId());
        audit.record(
                me.account(),
                "MODERATION_" + action.name(),
                content.type().name(),
                content.id(),
                decision.reason().name() + (text == null ? "" : ": " + text),
                "action=" + actionId + " reports=" + reporters.size());
        events.publishEvent(new ModerationChanged(itemId, content, action, null));
        return actionId;
    }
}
