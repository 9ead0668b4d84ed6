package nl.raadsplein.moderation;

import java.util.Objects;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.account.internal.ProfileModeration;
import nl.raadsplein.deliberation.internal.StatementModeration;
import nl.raadsplein.proposal.Redacted;
import nl.raadsplein.proposal.Redaction;
import nl.raadsplein.proposal.internal.ProposalModeration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Changes an item through the feature that owns it (ADR 6): proposals and comments through the proposal feature,
 * profiles and blocks through the account feature, statements through the deliberation feature. This feature decides, records why and tells people; these
 * calls keep the owners' states right, in the caller's transaction.
 */
@Component
class ContentActions {

    private final ProposalModeration proposals;
    private final ProfileModeration accounts;
    private final StatementModeration statements;

    ContentActions(ProposalModeration proposals, ProfileModeration accounts, StatementModeration statements) {
        this.proposals = proposals;
        this.accounts = accounts;
        this.statements = statements;
    }

    /** Hides the item (for a profile: its text). */
    void hide(ContentRef content) {
        switch (content.type()) {
            case PROPOSAL -> proposals.hideProposal(content.id());
            case COMMENT -> proposals.hideComment(content.id());
            case PROFILE -> accounts.hideProfileText(content.id());
            case STATEMENT -> statements.hide(content.id());
        }
    }

    /** Hides the item pending review: not the reporter's own right, so the system does it. */
    void hidePendingReview(ContentRef content) {
        AccountProvisioning.asSystem(() -> {
            hide(content);
            return null;
        });
    }

    /**
     * Puts a hidden item (for a profile: its text) back as it was. Returns whether the owner reported the change
     * back, which the account feature does not do for a profile text.
     */
    boolean restore(ContentRef content) {
        return switch (content.type()) {
            case PROPOSAL -> proposals.restoreProposal(content.id()) != null;
            case COMMENT -> proposals.restoreComment(content.id()) != null;
            case PROFILE -> {
                accounts.restoreProfileText(content.id());
                yield false;
            }
            case STATEMENT -> statements.restore(content.id()) != null;
        };
    }

    /** Publishes an item that waited for pre-moderation (comment counters follow; for a profile: its text). */
    void approve(ContentRef content) {
        switch (content.type()) {
            case PROPOSAL -> proposals.approveProposal(content.id());
            case COMMENT -> proposals.approveComment(content.id());
            case PROFILE -> accounts.approveProfileText(content.id());
            case STATEMENT -> statements.approve(content.id());
        }
    }

    /**
     * Replaces a fragment of the text; for a profile: of the display name when the fragment is in it, otherwise of
     * the profile text. Returns what was taken out of a proposal or comment, to keep for an appeal; null for a
     * profile.
     */
    @Nullable
    Redacted redact(Target target, Redaction redaction) {
        long id = target.ref().id();
        return switch (target.ref().type()) {
            case PROPOSAL -> proposals.redactProposal(id, redaction);
            case COMMENT -> proposals.redactComment(id, redaction);
            case PROFILE -> {
                String displayName = Objects.requireNonNull(target.displayName(), "a profile has a display name");
                if (redaction.occursIn(displayName)) {
                    accounts.replaceDisplayName(id, redaction.applyTo(displayName));
                } else {
                    accounts.replaceProfileText(id, redaction.applyTo(Objects.toString(target.text(), "")));
                }
                yield null;
            }
            case STATEMENT -> {
                statements.replaceText(id, redaction.applyTo(Objects.toString(target.text(), "")));
                yield null;
            }
        };
    }

    /** Puts back what a redaction took out; false when the placeholder is gone (or for a profile). */
    boolean unredact(ContentRef content, Redacted redacted) {
        return switch (content.type()) {
            case PROPOSAL -> proposals.unredactProposal(content.id(), redacted);
            case COMMENT -> proposals.unredactComment(content.id(), redacted);
            case PROFILE, STATEMENT -> false;
        };
    }

    /** Blocks the account; false when it was blocked already. */
    boolean block(long accountId) {
        return accounts.block(accountId);
    }

    /** Lifts the account's block; false when it was not blocked. */
    boolean unblock(long accountId) {
        return accounts.unblock(accountId);
    }

    /** Hides every proposal, live comment and added statement of the author. */
    void hideAllBy(long authorId) {
        proposals.hideAllBy(authorId);
        statements.hideAllBy(authorId);
    }
}
