package nl.raadsplein.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals, their supports and comments, the griffie's answers and entry on a resident's behalf (J1, J2, J7).
 *
 * <p>Every change to a proposal's supports or comments first locks the proposal's row, so that the row and its
 * counter change together in one transaction and concurrent requests run one after the other: a resident's
 * support exists at most once and {@code support_count} always equals the number of support rows. Events are
 * published inside the transaction; listeners that write join it, views listen after commit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ProposalService {

    public static final int TITLE_LENGTH = 150;
    public static final int BODY_LENGTH = 4000;
    public static final int ADDRESS_LENGTH = 200;
    public static final int REASON_LENGTH = 1000;
    public static final int ANSWER_LENGTH = 4000;
    public static final int COMMENT_LENGTH = 2000;
    public static final int MAX_COMMENT_DEPTH = 3;
    private static final int SIMILAR_TEXT_LENGTH = 1000;

    private final ProposalRepository repository;
    private final ConsultationService consultations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository repository, ConsultationService consultations, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.consultations = consultations;
        this.events = events;
        this.clock = clock;
    }

    // ---- proposals -------------------------------------------------------------------------------------------

    /**
     * Submits a proposal as the logged-in resident; published at once, or waiting for moderation. A title or text
     * with personal data in it is refused: see {@link #submit(ProposalDraft, boolean)}.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long submit(ProposalDraft draft) {
        return insert(Actor.currentAccountId(), draft, null, null, PersonalData.REFUSE);
    }

    /**
     * Submits a proposal as the logged-in resident. When its title or text looks like it holds personal data (a
     * BSN, IBAN, phone number, e-mail address or postcode with house number), it is refused with
     * {@code personaldata.error.confirm-needed} unless the author saw the warning and confirmed; a confirmed one
     * waits for moderation, whatever the consultation's setting.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long submit(ProposalDraft draft, boolean personalDataConfirmed) {
        return insert(Actor.currentAccountId(), draft, null, null,
                personalDataConfirmed ? PersonalData.MODERATE : PersonalData.REFUSE);
    }

    /** J7: the griffie enters a proposal for a resident who is not online; the same rules apply to that resident. */
    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public long submitOnBehalf(long residentAccountId, EntryChannel channel, ProposalDraft draft) {
        if (channel == null) {
            throw new InvalidInputException("channel", "error.required");
        }
        return insert(residentAccountId, draft, Actor.currentAccountId(), channel, PersonalData.ALLOW);
    }

    private long insert(long authorId, ProposalDraft draft, Long enteredBy, EntryChannel channel,
            PersonalData personalData) {
        ProposalDraft checked = check(draft);
        checkTopics(checked.topicCodes());
        Consultation consultation = consultations.consultation(draft.consultationId());
        if (!consultation.phase().acceptsProposals()) {
            throw new InvalidInputException("title", "proposal.error.phase-closed");
        }
        checkMembership(authorId, checked.organisationId());
        if (!repository.lockAccount(authorId)) {
            throw new NoSuchItemException("account " + authorId);
        }
        checkNotBlocked(authorId, "title");
        int limit = consultation.settings().maxProposalsPerResident();
        if (repository.activeProposalCount(authorId, consultation.id()) >= limit) {
            throw new InvalidInputException("title", "proposal.error.limit-reached", limit);
        }
        boolean moderate = personalData.foundIn(checked.title(), checked.body());
        ProposalState state = moderate || consultation.settings().premoderation()
                ? ProposalState.AWAITING_MODERATION : ProposalState.PUBLISHED;
        long id = repository.insert(consultation.id(), authorId, checked, state, enteredBy, channel, clock.instant());
        events.publishEvent(new ProposalSubmitted(id, consultation.id(), authorId, checked.title()));
        return id;
    }

    /** Up to five live proposals in the consultation that read like this one, to show before submitting. */
    @PreAuthorize("permitAll()")
    public List<ProposalSummary> similar(long consultationId, String title, String body) {
        String text = (Objects.toString(title, "") + " " + Objects.toString(body, "")).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > SIMILAR_TEXT_LENGTH) {
            text = text.substring(0, SIMILAR_TEXT_LENGTH);
        }
        return repository.similar(consultationId, text, Actor.current());
    }

    /**
     * The author changes a proposal while the edit window is open and nobody supports it yet. A title or text with
     * personal data in it is refused: see {@link #edit(long, ProposalDraft, int, boolean)}.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void edit(long proposalId, ProposalDraft draft, int version) {
        change(proposalId, draft, version, PersonalData.REFUSE);
    }

    /**
     * The author changes a proposal, with the same contract as {@link #submit(ProposalDraft, boolean)}: personal
     * data not confirmed is refused with {@code personaldata.error.confirm-needed}; confirmed, the proposal goes
     * (back) to waiting for moderation and into the griffie's queue.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void edit(long proposalId, ProposalDraft draft, int version, boolean personalDataConfirmed) {
        change(proposalId, draft, version, personalDataConfirmed ? PersonalData.MODERATE : PersonalData.REFUSE);
    }

    private void change(long proposalId, ProposalDraft draft, int version, PersonalData personalData) {
        Actor me = Actor.current();
        ProposalDraft checked = check(draft);
        checkTopics(checked.topicCodes());
        ProposalRepository.Locked proposal = visibleLocked(proposalId, me);
        if (!me.is(proposal.authorId())) {
            throw new AccessDeniedException("proposal " + proposalId + " is not the viewer's");
        }
        checkNotBlocked(me.accountId(), "title");
        Consultation consultation = consultations.consultation(proposal.consultationId());
        if (!editable(proposal.state(), proposal.supportCount(), proposal.createdAt(),
                consultation.settings().editWindowMinutes())) {
            throw new InvalidInputException("title", "proposal.error.edit-closed");
        }
        checkMembership(proposal.authorId(), checked.organisationId());
        ProposalState state = personalData.foundIn(checked.title(), checked.body())
                ? ProposalState.AWAITING_MODERATION : proposal.state();
        if (!repository.update(proposalId, checked, state, version, clock.instant())) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new ProposalEdited(proposalId));
    }

    /** The author withdraws a proposal with a reason; it stays visible as withdrawn. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void withdraw(long proposalId, String reason) {
        Actor me = Actor.current();
        String checked = TextInput.multiLine("reason", reason, REASON_LENGTH);
        ProposalRepository.Locked proposal = visibleLocked(proposalId, me);
        if (!me.is(proposal.authorId())) {
            throw new AccessDeniedException("proposal " + proposalId + " is not the viewer's");
        }
        switch (proposal.state()) {
            case PUBLISHED, FOR_COUNCIL, AWAITING_MODERATION -> repository.withdraw(proposalId, checked, clock.instant());
            default -> throw new InvalidInputException("reason", "proposal.error.cannot-withdraw");
        }
    }

    /** The griffie's official answer; an earlier answer may be corrected. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public void answer(long proposalId, AnswerKind kind, String text) {
        if (kind == null) {
            throw new InvalidInputException("kind", "error.required");
        }
        String checked = TextInput.multiLine("text", text, ANSWER_LENGTH);
        Actor me = Actor.current();
        ProposalRepository.Locked proposal = visibleLocked(proposalId, me);
        switch (proposal.state()) {
            case PUBLISHED, FOR_COUNCIL, ANSWERED ->
                    repository.answer(proposalId, kind, checked, me.accountId(), clock.instant());
            default -> throw new InvalidInputException("kind", "proposal.error.cannot-answer");
        }
        events.publishEvent(new ProposalAnswered(proposalId, proposal.authorId(), proposal.title(), kind));
    }

    @PreAuthorize("permitAll()")
    public ProposalDetails proposal(long id) {
        Actor me = Actor.current();
        ProposalRepository.DetailsRow row = repository.details(id, me)
                .orElseThrow(() -> new NoSuchItemException("proposal " + id));
        ProposalDetails d = row.details();
        boolean editable = d.mine() && editable(d.state(), d.supportCount(), d.createdAt(), row.editWindowMinutes());
        boolean supportable = d.state().acceptsSupports()
                && row.dates().phaseAt(clock.instant(), row.outcomePublished()).acceptsSupports();
        return new ProposalDetails(d.id(), d.consultationId(), d.consultationTitle(), d.title(), d.body(), d.address(),
                d.state(), d.authorId(), d.authorName(), d.organisationId(), d.organisationName(),
                d.organisationVerified(), d.topicCodes(), d.supportCount(), d.supportThreshold(), d.commentCount(),
                d.commentsFor(), d.commentsAgainst(), d.withdrawnReason(), d.answerKind(), d.answerText(),
                d.answeredAt(), d.enteredByGriffieChannel(), d.supportedByMe(), d.mine(), editable, supportable,
                d.createdAt(), d.version());
    }

    /**
     * Whether a proposal that {@link #proposal} does not show is hidden by reports pending the griffie's review,
     * so that a visitor following a link sees a neutral placeholder rather than "not found". Says nothing else
     * about it.
     */
    @PreAuthorize("permitAll()")
    public boolean underReview(long proposalId) {
        return repository.underReview(proposalId);
    }

    @PreAuthorize("permitAll()")
    public List<ProposalSummary> find(ProposalQuery query, int offset, int limit) {
        Paging.check(offset, limit);
        return repository.find(query, checkedViewer(query), offset, limit);
    }

    @PreAuthorize("permitAll()")
    public int count(ProposalQuery query) {
        return repository.count(query, checkedViewer(query));
    }

    /**
     * What an author made public (published, for the council, answered or withdrawn), newest first: for their
     * profile page. Waiting and hidden proposals are left out for everyone, the author too.
     */
    @PreAuthorize("permitAll()")
    public List<ProposalSummary> byAuthor(long authorId, int offset, int limit) {
        Paging.check(offset, limit);
        return repository.byAuthor(authorId, Actor.current(), offset, limit);
    }

    @PreAuthorize("permitAll()")
    public int countByAuthor(long authorId) {
        return repository.countByAuthor(authorId);
    }

    private static Actor checkedViewer(ProposalQuery query) {
        Objects.requireNonNull(query, "query");
        Actor me = Actor.current();
        if ((query.supportedByMe() || query.mine()) && !me.loggedIn()) {
            throw new AccessDeniedException("Log in to see your own proposals and supports");
        }
        return me;
    }

    private boolean editable(ProposalState state, int supportCount, Instant createdAt, int windowMinutes) {
        return (state == ProposalState.PUBLISHED || state == ProposalState.AWAITING_MODERATION)
                && supportCount == 0
                && createdAt.plus(Duration.ofMinutes(windowMinutes)).isAfter(clock.instant());
    }

    // ---- supports --------------------------------------------------------------------------------------------

    /** Supports a proposal once; a repeated request changes nothing and returns the current count. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int support(long proposalId) {
        Actor me = Actor.current();
        return addSupport(proposalId, me.accountId(), me, null, null);
    }

    /** J7: the griffie records a resident's support given by phone, at the desk or by letter; it counts the same. */
    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public int supportOnBehalf(long proposalId, long residentAccountId, EntryChannel channel) {
        if (channel == null) {
            throw new InvalidInputException("channel", "error.required");
        }
        Actor me = Actor.current();
        if (!repository.accountExists(residentAccountId)) {
            throw new NoSuchItemException("account " + residentAccountId);
        }
        return addSupport(proposalId, residentAccountId, me, me.accountId(), channel);
    }

    private int addSupport(long proposalId, long accountId, Actor viewer, Long enteredBy, EntryChannel channel) {
        ProposalRepository.Locked proposal = visibleLocked(proposalId, viewer);
        Consultation consultation = consultations.consultation(proposal.consultationId());
        if (!consultation.phase().acceptsSupports()) {
            throw new InvalidInputException("support", "proposal.error.supports-closed");
        }
        if (!proposal.state().acceptsSupports()) {
            throw new InvalidInputException("support", "proposal.error.not-supportable");
        }
        checkNotBlocked(accountId, "support");
        if (consultation.settings().supportsRequireVerification() && !repository.isVerified(accountId)) {
            throw new InvalidInputException("support", "proposal.error.verification-required");
        }
        if (repository.hasSupport(proposalId, accountId)) {
            return proposal.supportCount();
        }
        repository.insertSupport(proposalId, accountId, enteredBy, channel, clock.instant());
        repository.addToSupportCount(proposalId, 1);
        int count = proposal.supportCount() + 1;
        events.publishEvent(new SupportChanged(proposalId, accountId, true, count));
        if (repository.moveToCouncilIfReached(proposalId, consultation.settings().supportThreshold())) {
            events.publishEvent(new ProposalReachedThreshold(proposalId, proposal.consultationId(),
                    proposal.authorId(), proposal.title()));
        }
        return count;
    }

    /**
     * Withdraws the resident's support while supports are open; without one, nothing changes. A proposal that
     * went to the council stays there.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int withdrawSupport(long proposalId) {
        Actor me = Actor.current();
        ProposalRepository.Locked proposal = visibleLocked(proposalId, me);
        if (!consultations.consultation(proposal.consultationId()).phase().acceptsSupports()) {
            throw new InvalidInputException("support", "proposal.error.supports-closed");
        }
        if (!repository.deleteSupport(proposalId, me.accountId())) {
            return proposal.supportCount();
        }
        repository.addToSupportCount(proposalId, -1);
        int count = proposal.supportCount() - 1;
        events.publishEvent(new SupportChanged(proposalId, me.accountId(), false, count));
        return count;
    }

    // ---- comments --------------------------------------------------------------------------------------------

    /** A comment or reply; one with personal data in it is refused, see the method below. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long comment(long proposalId, Long parentId, Alignment alignment, String body, Long organisationId) {
        return addComment(proposalId, parentId, alignment, body, organisationId, PersonalData.REFUSE);
    }

    /**
     * A comment or reply. When its text looks like it holds personal data, it is refused with
     * {@code personaldata.error.confirm-needed} unless the author saw the warning and confirmed; a confirmed one
     * waits for moderation, whatever the consultation's setting.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long comment(long proposalId, Long parentId, Alignment alignment, String body, Long organisationId,
            boolean personalDataConfirmed) {
        return addComment(proposalId, parentId, alignment, body, organisationId,
                personalDataConfirmed ? PersonalData.MODERATE : PersonalData.REFUSE);
    }

    private long addComment(long proposalId, Long parentId, Alignment alignment, String body, Long organisationId,
            PersonalData personalData) {
        if (alignment == null) {
            throw new InvalidInputException("alignment", "proposal.error.alignment-required");
        }
        String checked = TextInput.multiLine("body", body, COMMENT_LENGTH);
        Actor me = Actor.current();
        ProposalRepository.Locked proposal = visibleLocked(proposalId, me);
        switch (proposal.state()) {
            case PUBLISHED, FOR_COUNCIL, ANSWERED -> { }
            default -> throw new InvalidInputException("body", "proposal.error.comments-closed");
        }
        int depth = 1;
        if (parentId != null) {
            ProposalRepository.CommentRow parent = repository.comment(parentId, false)
                    .filter(c -> c.proposalId() == proposalId && sees(me, c))
                    .orElseThrow(() -> new NoSuchItemException("comment " + parentId));
            depth = parent.depth() + 1;
            if (depth > MAX_COMMENT_DEPTH) {
                throw new InvalidInputException("body", "proposal.error.too-deep", MAX_COMMENT_DEPTH);
            }
        }
        checkMembership(me.accountId(), organisationId);
        checkNotBlocked(me.accountId(), "body");
        boolean premoderated = personalData.foundIn(null, checked)
                || consultations.consultation(proposal.consultationId()).settings().premoderation();
        ProposalCommentState state = premoderated
                ? ProposalCommentState.AWAITING_MODERATION : ProposalCommentState.PUBLISHED;
        long id = repository.insertComment(proposalId, parentId, depth, me.accountId(), organisationId, alignment,
                checked, state, clock.instant());
        if (!premoderated) {
            repository.addToCommentCounts(proposalId, alignment, 1);
        }
        events.publishEvent(new CommentPosted(proposalId, id, me.accountId()));
        return id;
    }

    /** The author changes a comment; a text with personal data in it is refused, see the next method. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void editComment(long commentId, String body, int version) {
        changeComment(commentId, body, version, PersonalData.REFUSE);
    }

    /**
     * The author changes a comment, with the same contract as {@link #comment(long, Long, Alignment, String, Long,
     * boolean)}: personal data not confirmed is refused; confirmed, the comment goes (back) to waiting for
     * moderation and into the griffie's queue, and a published one leaves the counters until it is approved.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void editComment(long commentId, String body, int version, boolean personalDataConfirmed) {
        changeComment(commentId, body, version, personalDataConfirmed ? PersonalData.MODERATE : PersonalData.REFUSE);
    }

    private void changeComment(long commentId, String body, int version, PersonalData personalData) {
        String checked = TextInput.multiLine("body", body, COMMENT_LENGTH);
        Actor me = Actor.current();
        ProposalRepository.CommentRow comment = ownComment(commentId, me, true);
        checkNotBlocked(me.accountId(), "body");
        if (comment.state() != ProposalCommentState.PUBLISHED
                && comment.state() != ProposalCommentState.AWAITING_MODERATION) {
            throw new InvalidInputException("body", "proposal.error.comment-closed");
        }
        ProposalCommentState state = personalData.foundIn(null, checked)
                ? ProposalCommentState.AWAITING_MODERATION : comment.state();
        if (!repository.updateComment(commentId, checked, state, version, clock.instant())) {
            throw new ConcurrentChangeException();
        }
        if (comment.state() == ProposalCommentState.PUBLISHED && state != comment.state()) {
            repository.addToCommentCounts(comment.proposalId(), comment.alignment(), -1);
        }
        events.publishEvent(new CommentEdited(comment.proposalId(), commentId));
    }

    /** The author removes a comment: its text is no longer shown, its replies stay, the counts drop it. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void removeComment(long commentId) {
        Actor me = Actor.current();
        ProposalRepository.CommentRow comment = ownComment(commentId, me, true);
        switch (comment.state()) {
            case REMOVED_BY_AUTHOR -> { }
            case PUBLISHED -> {
                repository.setCommentState(commentId, ProposalCommentState.REMOVED_BY_AUTHOR);
                repository.addToCommentCounts(comment.proposalId(), comment.alignment(), -1);
            }
            case AWAITING_MODERATION ->
                    repository.setCommentState(commentId, ProposalCommentState.REMOVED_BY_AUTHOR);
            default -> throw new InvalidInputException("body", "proposal.error.comment-closed");
        }
    }

    /** The thread in reading order: each comment before its replies, siblings oldest first. One statement. */
    @PreAuthorize("permitAll()")
    public List<CommentView> comments(long proposalId) {
        List<CommentView> flat = repository.comments(proposalId, Actor.current())
                .orElseThrow(() -> new NoSuchItemException("proposal " + proposalId));
        Map<Long, List<CommentView>> replies = new HashMap<>();
        Map<Long, CommentView> byId = new LinkedHashMap<>();
        flat.forEach(c -> byId.put(c.id(), c));
        List<CommentView> roots = new ArrayList<>();
        for (CommentView c : flat) {
            if (c.parentId() == null) {
                roots.add(c);
            } else if (byId.containsKey(c.parentId())) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
            // A reply whose parent this viewer may not see (still waiting for moderation) is left out with it.
        }
        List<CommentView> threaded = new ArrayList<>(flat.size());
        roots.forEach(root -> addThread(root, replies, threaded));
        return threaded;
    }

    private static void addThread(CommentView comment, Map<Long, List<CommentView>> replies, List<CommentView> out) {
        out.add(comment);
        replies.getOrDefault(comment.id(), List.of()).forEach(reply -> addThread(reply, replies, out));
    }

    // ---- moderation -------------------------------------------------------------------------------------------
    // The moderation feature decides, records why and tells people; these methods keep states and comment
    // counters right in the caller's transaction. SYSTEM: the moderation feature hiding an item pending review
    // when enough qualified reports came in (AccountProvisioning.asSystem).

    /** Hides a proposal that is not hidden yet, remembering its state for {@link #restoreProposal}. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN') or hasAuthority('SYSTEM')")
    public ModeratedContent<ProposalState> hideProposal(long proposalId) {
        ProposalRepository.Locked proposal = locked(proposalId);
        if (proposal.state() == ProposalState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.already-hidden");
        }
        repository.hideProposal(proposalId, proposal.state(), clock.instant());
        return moderated(proposal, null, proposal.state(), ProposalState.HIDDEN);
    }

    /** Puts a hidden proposal back in the state it had before. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalState> restoreProposal(long proposalId) {
        ProposalRepository.Locked proposal = locked(proposalId);
        if (proposal.state() != ProposalState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.not-hidden");
        }
        ProposalState before = repository.proposalTexts(proposalId).hiddenFromState();
        ProposalState state = before == null ? ProposalState.PUBLISHED : before;
        repository.setProposalState(proposalId, state, null, clock.instant());
        return moderated(proposal, null, ProposalState.HIDDEN, state);
    }

    /**
     * Publishes a proposal that waited for moderation; one that was never public before is announced as a new one
     * ({@link ProposalApproved}), one held back after an edit is not announced again.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalState> approveProposal(long proposalId) {
        ProposalRepository.Locked proposal = locked(proposalId);
        if (proposal.state() != ProposalState.AWAITING_MODERATION) {
            throw new InvalidInputException("action", "proposal.error.not-awaiting");
        }
        boolean firstPublication = repository.proposalTexts(proposalId).publishedAt() == null;
        repository.setProposalState(proposalId, ProposalState.PUBLISHED, null, clock.instant());
        if (firstPublication) {
            events.publishEvent(new ProposalApproved(proposalId, proposal.consultationId(), proposal.authorId(),
                    proposal.title()));
        }
        return moderated(proposal, null, proposal.state(), ProposalState.PUBLISHED);
    }

    /**
     * Blanks out part of a proposal: a fragment wherever it occurs in title and body, or a range of the body. The
     * rest stays as the author wrote it. Returns what was taken out, for {@link #unredactProposal}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public Redacted redactProposal(long proposalId, Redaction redaction) {
        locked(proposalId);
        ProposalRepository.Texts texts = repository.proposalTexts(proposalId);
        String replacement = checked(redaction).checkedReplacement();
        Redaction.Replaced title = new Redaction.Replaced(texts.title(), null, List.of());
        Redaction.Replaced body;
        if (redaction.byFragment()) {
            String fragment = redaction.checkedFragment();
            title = redaction.replaceFragment(texts.title(), fragment, replacement);
            body = redaction.replaceFragment(texts.body(), fragment, replacement);
            if (title.at().isEmpty() && body.at().isEmpty()) {
                throw new InvalidInputException("fragment", "proposal.error.fragment-not-found");
            }
        } else {
            body = redaction.replaceRange(texts.body(), replacement);
        }
        repository.setProposalTexts(proposalId, TextInput.line("fragment", title.text(), TITLE_LENGTH),
                TextInput.multiLine("fragment", body.text(), BODY_LENGTH), clock.instant());
        return new Redacted(body.fragment(), replacement, title.at(), body.at());
    }

    /**
     * Undoes a redaction an appeal overturned: the fragment goes back where its placeholder still stands. Returns
     * false, changing nothing, when the text changed since so that the placeholder is no longer there.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public boolean unredactProposal(long proposalId, Redacted redacted) {
        locked(proposalId);
        ProposalRepository.Texts texts = repository.proposalTexts(proposalId);
        Optional<String> title = redacted.restore(texts.title(), redacted.titleAt())
                .flatMap(t -> valid(() -> TextInput.line("title", t, TITLE_LENGTH)));
        Optional<String> body = redacted.restore(texts.body(), redacted.bodyAt())
                .flatMap(b -> valid(() -> TextInput.multiLine("body", b, BODY_LENGTH)));
        if (title.isEmpty() || body.isEmpty()) {
            return false;
        }
        repository.setProposalTexts(proposalId, title.get(), body.get(), clock.instant());
        return true;
    }

    /** Hides a comment; a published one leaves the proposal's comment counters. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN') or hasAuthority('SYSTEM')")
    public ModeratedContent<ProposalCommentState> hideComment(long commentId) {
        ProposalRepository.CommentRow comment = lockedComment(commentId);
        ProposalRepository.Locked proposal = repository.lock(comment.proposalId()).orElseThrow();
        switch (comment.state()) {
            case PUBLISHED -> repository.addToCommentCounts(comment.proposalId(), comment.alignment(), -1);
            case AWAITING_MODERATION -> { }
            default -> throw new InvalidInputException("action", "proposal.error.already-hidden");
        }
        repository.setCommentModerationState(commentId, ProposalCommentState.HIDDEN, comment.state(), clock.instant());
        return moderated(proposal, commentId, comment.state(), ProposalCommentState.HIDDEN);
    }

    /** Puts a hidden comment back as it was; a published one counts again. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalCommentState> restoreComment(long commentId) {
        ProposalRepository.CommentRow comment = lockedComment(commentId);
        ProposalRepository.Locked proposal = repository.lock(comment.proposalId()).orElseThrow();
        if (comment.state() != ProposalCommentState.HIDDEN) {
            throw new InvalidInputException("action", "proposal.error.not-hidden");
        }
        ProposalCommentState state = repository.commentTexts(commentId).hiddenFromState()
                == ProposalCommentState.AWAITING_MODERATION
                ? ProposalCommentState.AWAITING_MODERATION : ProposalCommentState.PUBLISHED;
        repository.setCommentModerationState(commentId, state, null, clock.instant());
        if (state == ProposalCommentState.PUBLISHED) {
            repository.addToCommentCounts(comment.proposalId(), comment.alignment(), 1);
        }
        return moderated(proposal, commentId, ProposalCommentState.HIDDEN, state);
    }

    /**
     * Publishes a comment that waited for moderation; it counts from now on, and one that was never public before
     * is announced as a new one ({@link CommentApproved}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public ModeratedContent<ProposalCommentState> approveComment(long commentId) {
        ProposalRepository.CommentRow comment = lockedComment(commentId);
        ProposalRepository.Locked proposal = repository.lock(comment.proposalId()).orElseThrow();
        if (comment.state() != ProposalCommentState.AWAITING_MODERATION) {
            throw new InvalidInputException("action", "proposal.error.not-awaiting");
        }
        boolean firstPublication = repository.commentTexts(commentId).publishedAt() == null;
        repository.setCommentModerationState(commentId, ProposalCommentState.PUBLISHED, null, clock.instant());
        repository.addToCommentCounts(comment.proposalId(), comment.alignment(), 1);
        if (firstPublication) {
            events.publishEvent(new CommentApproved(comment.proposalId(), commentId, comment.authorId()));
        }
        return moderated(proposal, commentId, comment.state(), ProposalCommentState.PUBLISHED);
    }

    /** Blanks out a fragment or range of a comment; the rest stays. Returns what was taken out. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public Redacted redactComment(long commentId, Redaction redaction) {
        lockedComment(commentId);
        String body = repository.commentTexts(commentId).body();
        String replacement = checked(redaction).checkedReplacement();
        Redaction.Replaced redacted;
        if (redaction.byFragment()) {
            redacted = redaction.replaceFragment(body, redaction.checkedFragment(), replacement);
            if (redacted.at().isEmpty()) {
                throw new InvalidInputException("fragment", "proposal.error.fragment-not-found");
            }
        } else {
            redacted = redaction.replaceRange(body, replacement);
        }
        repository.setCommentBody(commentId, TextInput.multiLine("fragment", redacted.text(), COMMENT_LENGTH));
        return new Redacted(redacted.fragment(), replacement, List.of(), redacted.at());
    }

    /** As {@link #unredactProposal}, for a comment. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public boolean unredactComment(long commentId, Redacted redacted) {
        lockedComment(commentId);
        Optional<String> body = redacted.restore(repository.commentTexts(commentId).body(), redacted.bodyAt())
                .flatMap(b -> valid(() -> TextInput.multiLine("body", b, COMMENT_LENGTH)));
        body.ifPresent(b -> repository.setCommentBody(commentId, b));
        return body.isPresent();
    }

    /** A restored text that no longer passes the rules (the rest of it grew since) is not put back. */
    private static Optional<String> valid(Supplier<String> check) {
        try {
            return Optional.of(check.get());
        } catch (InvalidInputException tooLongNow) {
            return Optional.empty();
        }
    }

    /**
     * Hides every proposal and live comment of an author (a blocked account, when the griffie chooses so), keeping
     * the comment counters right. Returns how many items were hidden.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public int hideAllBy(long authorId) {
        repository.lockForHidingAllBy(authorId);
        int hidden = repository.hideProposalsBy(authorId, clock.instant());
        for (ProposalRepository.CommentCount count : repository.publishedCommentCountsBy(authorId)) {
            repository.addToCommentCounts(count.proposalId(), count.alignment(), -count.count());
        }
        return hidden + repository.hideCommentsBy(authorId);
    }

    private ProposalRepository.Locked locked(long proposalId) {
        return repository.lock(proposalId).orElseThrow(() -> new NoSuchItemException("proposal " + proposalId));
    }

    /** The comment, its proposal's row locked first and then its own, as every comment change does. */
    private ProposalRepository.CommentRow lockedComment(long commentId) {
        ProposalRepository.CommentRow comment = repository.comment(commentId, false)
                .orElseThrow(() -> new NoSuchItemException("comment " + commentId));
        locked(comment.proposalId());
        return repository.comment(commentId, true).orElseThrow();
    }

    private static Redaction checked(Redaction redaction) {
        if (redaction == null) {
            throw new InvalidInputException("fragment", "error.required");
        }
        return redaction;
    }

    private static <S extends Enum<S>> ModeratedContent<S> moderated(ProposalRepository.Locked proposal,
            Long commentId, S before, S after) {
        return new ModeratedContent<>(proposal.id(), commentId, proposal.consultationId(), proposal.authorId(),
                proposal.title(), before, after);
    }

    // ---- shared rules ----------------------------------------------------------------------------------------

    /**
     * What to do with personal data in a text about to be published. The service looks for itself, whatever a
     * form did before: a caller cannot skip the warning.
     */
    private enum PersonalData {
        /** Refuse a text with personal data: the author has not confirmed yet. */
        REFUSE,
        /** The author saw the warning and posts anyway: the text waits for moderation. */
        MODERATE,
        /** Not looked for: the griffie enters what a resident handed in. */
        ALLOW;

        /**
         * Whether the title (null for a comment) or the body holds personal data that moderation must see first.
         * A refusal names the field where it was found.
         */
        boolean foundIn(String title, String body) {
            if (this == ALLOW) {
                return false;
            }
            String field = PersonalDataDetector.containsPersonalData(title) ? "title"
                    : PersonalDataDetector.containsPersonalData(body) ? "body" : null;
            if (field != null && this == REFUSE) {
                throw new InvalidInputException(field, "personaldata.error.confirm-needed");
            }
            return field != null;
        }
    }

    private ProposalRepository.Locked visibleLocked(long proposalId, Actor viewer) {
        return repository.lock(proposalId)
                .filter(p -> sees(viewer, p.state(), p.authorId()))
                .orElseThrow(() -> new NoSuchItemException("proposal " + proposalId));
    }

    /** The viewer's own comment; the proposal's row is locked first, then the comment's when it may change state. */
    private ProposalRepository.CommentRow ownComment(long commentId, Actor me, boolean lockProposal) {
        ProposalRepository.CommentRow comment = repository.comment(commentId, false)
                .orElseThrow(() -> new NoSuchItemException("comment " + commentId));
        visibleLocked(comment.proposalId(), me);
        if (lockProposal) {
            comment = repository.comment(commentId, true).orElseThrow();
        }
        if (!sees(me, comment)) {
            throw new NoSuchItemException("comment " + commentId);
        }
        if (!me.is(comment.authorId())) {
            throw new AccessDeniedException("comment " + commentId + " is not the viewer's");
        }
        return comment;
    }

    /** Whether a proposal in this state by this author may be shown to this viewer. */
    private static boolean sees(Actor viewer, ProposalState state, long authorId) {
        return switch (state) {
            case HIDDEN -> viewer.griffie();
            case AWAITING_MODERATION -> viewer.griffie() || viewer.is(authorId);
            default -> true;
        };
    }

    private static boolean sees(Actor viewer, ProposalRepository.CommentRow comment) {
        return comment.state() != ProposalCommentState.AWAITING_MODERATION
                || viewer.griffie() || viewer.is(comment.authorId());
    }

    private void checkNotBlocked(long accountId, String field) {
        if (repository.isBlocked(accountId)) {
            throw new InvalidInputException(field, "proposal.error.blocked");
        }
    }

    private void checkMembership(long accountId, Long organisationId) {
        if (organisationId != null && !repository.isAcceptedMember(accountId, organisationId)) {
            throw new InvalidInputException("organisation", "proposal.error.not-a-member");
        }
    }

    private void checkTopics(List<String> codes) {
        if (codes.contains(null) || repository.existingTopicCount(codes) != codes.size()) {
            throw new InvalidInputException("topics", "proposal.error.unknown-topic");
        }
    }

    private static ProposalDraft check(ProposalDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("title", "error.required");
        }
        String title = TextInput.line("title", draft.title(), TITLE_LENGTH);
        String body = TextInput.multiLine("body", draft.body(), BODY_LENGTH);
        String address = draft.address() == null || draft.address().isBlank()
                ? null : TextInput.line("address", draft.address(), ADDRESS_LENGTH);
        List<String> topics = draft.topicCodes() == null ? List.of() : draft.topicCodes().stream().distinct().toList();
        if (topics.isEmpty()) {
            throw new InvalidInputException("topics", "proposal.error.topic-required");
        }
        return new ProposalDraft(draft.consultationId(), title, body, topics, address, draft.organisationId());
    }
}
