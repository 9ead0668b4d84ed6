package nl.raadsplein.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision as its author sees it, the author's appeal against it, and another griffier's decision on that appeal.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class AppealService {

    public static final int APPEAL_TEXT_LENGTH = 2000;
    /**
     * How long after a decision its author may appeal: six weeks, the term for objecting to a decision of a Dutch
     * administrative body (Awb 6:7). A redacted fragment is kept no longer than that, unless an appeal needs it.
     */
    public static final Duration APPEAL_PERIOD = Duration.ofDays(42);

    private final AppealRepository appeals;
    private final ActionRepository actions;
    private final ItemRepository items;
    private final ContentRepository contents;
    private final ContentActions contentActions;
    private final ModerationNotifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppealService(
            AppealRepository appeals,
            ActionRepository actions,
            ItemRepository items,
            ContentRepository contents,
            ContentActions contentActions,
            ModerationNotifications notifications,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.appeals = appeals;
        this.actions = actions;
        this.items = items;
        this.contents = contents;
        this.contentActions = contentActions;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether {@link #decision} shows this decision to the visitor: for the status of its page's document. */
    @PreAuthorize("permitAll()")
    public boolean exists(long actionId) {
        return authorsAction(actionId).isPresent();
    }

    private Optional<ActionRepository.ActionRow> authorsAction(long actionId) {
        Actor me = Actor.current();
        return actions.action(actionId, false).filter(a -> me.is(a.authorId()) && concernsAuthor(a.action()));
    }

    /** The decision as its author sees it; someone else's is as unknown as one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    public AuthorDecision decision(long actionId) {
        ActionRepository.ActionRow action =
                authorsAction(actionId).orElseThrow(() -> new NoSuchItemException("decision " + actionId));
        AppealView appeal = appeals.appealOfAction(actionId).orElse(null);
        Long proposalId = contents.target(action.ref()).map(Target::proposalId).orElse(null);
        Instant appealUntil = action.action().appealable() ? action.actedAt().plus(APPEAL_PERIOD) : null;
        return new AuthorDecision(
                action.id(),
                action.ref(),
                proposalId,
                action.action(),
                action.reason(),
                action.text(),
                action.actedAt(),
                appealUntil != null && appeal == null && clock.instant().isBefore(appealUntil),
                appealUntil,
                appeal == null ? null : appeal.text(),
                appeal == null ? null : appeal.decision(),
                appeal == null ? null : appeal.decisionText(),
                appeal == null ? null : appeal.decidedAt());
    }

    /**
     * The author appeals once against a HIDE, REDACT or BLOCK_AUTHOR (a blocked account may too), within the
     * {@link #APPEAL_PERIOD}.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long appeal(Appeal appeal) {
        Actor me = Actor.current();
        Objects.requireNonNull(appeal, "appeal");
        String checked = TextInput.multiLine("text", appeal.text(), APPEAL_TEXT_LENGTH);
        long actionId = appeal.actionId();
        ActionRepository.ActionRow action = actions.action(actionId, true)
                .filter(a -> a.authorId() == me.account() && concernsAuthor(a.action()))
                .orElseThrow(() -> new NoSuchItemException("decision " + actionId));
        if (!action.action().appealable()) {
            throw new InvalidInputException("text", "moderation.error.not-appealable");
        }
        if (appeals.appealExists(actionId)) {
            throw new InvalidInputException("text", "moderation.error.already-appealed");
        }
        if (!clock.instant().isBefore(action.actedAt().plus(APPEAL_PERIOD))) {
            throw new InvalidInputException("text", "moderation.error.appeal-period-over", APPEAL_PERIOD.toDays() / 7);
        }
        long appealId;
        try {
            appealId = appeals.insertAppeal(actionId, me.account(), checked, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("text", "moderation.error.already-appealed");
        }
        audit.record(
                me.account(),
                "MODERATION_APPEAL",
                action.ref().type().name(),
                action.ref().id(),
                null,
                "action=" + actionId + " appeal=" + appealId);
        events.publishEvent(new ModerationChanged(action.itemId(), action.ref(), action.action(), appealId));
        return appealId;
    }

    /** Undecided appeals, oldest first. */
    public List<AppealView> openAppeals(int offset, int limit) {
        Paging.check(offset, limit);
        Actor me = Actor.current();
        return appeals.openAppeals(offset, limit).stream()
                .map(appeal -> appeal.seenBy(me))
                .toList();
    }

    public int countOpenAppeals() {
        return appeals.countOpenAppeals();
    }

    public AppealView appealDetails(long appealId) {
        return appeals.appeal(appealId)
                .orElseThrow(() -> new NoSuchItemException("appeal " + appealId))
                .seenBy(Actor.current());
    }

    /**
     * Decides an appeal, with a text; only a griffier other than the one who acted (and than the appellant).
     * OVERTURN restores hidden content, lifts a block and puts a redacted fragment back where its placeholder still
     * stands; if the text changed since so that it no longer does, the overturn stands but the text stays as it is
     * ({@link AppealOutcome#OVERTURNED_TEXT_NOT_RESTORED}, for the griffier to see). Either way the fragment kept
     * with a redaction is erased in the same transaction: once decided, no appeal can need it again.
     */
    @Transactional
    public AppealOutcome decideAppeal(AppealRuling ruling) {
        Actor me = Actor.current();
        if (ruling == null || ruling.decision() == null) {
            throw new InvalidInputException("decision", "error.required");
        }
        AppealDecision decision = ruling.decision();
        String checked = TextInput.multiLine("text", ruling.text(), APPEAL_TEXT_LENGTH);
        long appealId = ruling.appealId();
        AppealView appeal = appeals.appeal(appealId)
                .orElseThrow(() -> new NoSuchItemException("appeal " + appealId))
                .seenBy(me);
        if (!appeal.mayDecide()) {
            throw new InvalidInputException("decision", "moderation.error.same-griffier");
        }
        if (appeal.decision() != null) {
            throw new InvalidInputException("decision", "moderation.error.already-decided");
        }
        Instant now = clock.instant();
        if (!appeals.decideAppeal(appealId, decision, checked, me.account(), now, ruling.version())) {
            throw new ConcurrentChangeException();
        }
        ActionRepository.ActionRow action =
                actions.action(appeal.actionId(), true).orElseThrow();
        AppealOutcome outcome = decision == AppealDecision.UPHOLD ? AppealOutcome.UPHELD : AppealOutcome.OVERTURNED;
        if (decision == AppealDecision.OVERTURN) {
            items.bumpVersion(action.itemId());
            Target target = contents.target(action.ref()).orElseThrow();
            switch (action.action()) {
                case HIDE -> {
                    if (target.state() == ContentState.HIDDEN) {
                        contentActions.restore(action.ref());
                    }
                }
                case REDACT -> {
                    if (!unredact(action)) {
                        outcome = AppealOutcome.OVERTURNED_TEXT_NOT_RESTORED;
                    }
                }
                case BLOCK_AUTHOR -> contentActions.unblock(action.authorId());
                default -> {}
            }
            actions.markOverturned(action.id(), now);
        }
        if (action.action() == ModerationAction.REDACT) {
            actions.eraseRedaction(action.id());
        }
        notifications.appealDecided(
                action.id(), appeal.appellantId(), action.ref().type(), decision);
        audit.record(
                me.account(),
                "MODERATION_APPEAL_" + decision.name(),
                action.ref().type().name(),
                action.ref().id(),
                checked,
                "action=" + action.id() + " appeal=" + appealId + " outcome=" + outcome);
        events.publishEvent(new ModerationChanged(action.itemId(), action.ref(), action.action(), appealId));
        return outcome;
    }

    /** Puts back what the redaction took out; false when nothing was kept or the placeholder is gone. */
    private boolean unredact(ActionRepository.ActionRow action) {
        return actions.redaction(action.id())
                .map(redacted -> contentActions.unredact(action.ref(), redacted))
                .orElse(false);
    }

    private static boolean concernsAuthor(ModerationAction action) {
        return action.appealable() || action == ModerationAction.RESTORE || action == ModerationAction.UNBLOCK;
    }
}
