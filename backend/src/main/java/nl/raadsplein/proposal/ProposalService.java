package nl.raadsplein.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.platform.internal.RateLimits;
import nl.raadsplein.proposal.ProposalPermissions.Commenting;
import nl.raadsplein.proposal.ProposalPermissions.Supporting;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals: submitted by residents or on their behalf by the griffie (J1, J7), changed and withdrawn by their
 * authors, answered by the griffie, and read in pages and lists. Supports are in {@link SupportService}, comments
 * in {@link CommentService}. Events are published inside the transaction; listeners that write join it, views
 * listen after commit.
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
    private static final int SIMILAR_TEXT_LENGTH = 1000;

    private final ProposalRepository repository;
    private final ProposalQueries queries;
    private final ParticipantRepository participants;
    private final ParticipationRules rules;
    private final ConsultationService consultations;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalService(
            ProposalRepository repository,
            ProposalQueries queries,
            ParticipantRepository participants,
            ParticipationRules rules,
            ConsultationService consultations,
            RateLimits limits,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.participants = participants;
        this.rules = rules;
        this.consultations = consultations;
        this.limits = limits;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits a proposal as the logged-in resident; published at once, or waiting for moderation. When its title
     * or text looks like it holds personal data (a BSN, IBAN, phone number, e-mail address or postcode with house
     * number), it is refused with {@code personaldata.error.confirm-needed} unless the author saw the warning and
     * confirmed; a confirmed one waits for moderation, whatever the consultation's setting.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long submit(ProposalSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        return insert(
                Actor.currentAccountId(),
                submission.consultationId(),
                submission.draft(),
                null,
                null,
                PersonalData.confirmed(submission.personalDataConfirmed()));
    }

    /**
     * J7: the griffie enters a proposal for a resident who is not online; the same rules apply to that resident, and
     * the audit chain notes it with the channel and the resident's pseudonym.
     */
    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public long submitOnBehalf(ProposalOnBehalf submission) {
        Objects.requireNonNull(submission, "submission");
        if (submission.channel() == null) {
            throw new InvalidInputException("channel", "error.required");
        }
        return insert(
                submission.residentAccountId(),
                submission.consultationId(),
                submission.draft(),
                Actor.currentAccountId(),
                submission.channel(),
                PersonalData.ALLOW);
    }

    private long insert(
            long authorId,
            long consultationId,
            ProposalDraft draft,
            @Nullable Long enteredBy,
            @Nullable EntryChannel channel,
            PersonalData personalData) {
        ProposalDraft checked = check(draft);
        Consultation consultation = consultations.consultation(consultationId);
        if (!consultation.phase().acceptsProposals()) {
            throw new InvalidInputException("title", "proposal.error.phase-closed");
        }
        rules.checkMembership(authorId, checked.organisationId());
        if (!participants.lockAccount(authorId)) {
            throw new NoSuchItemException("account " + authorId);
        }
        rules.checkNotBlocked(authorId, "title");
        int limit = consultation.settings().maxProposalsPerResident();
        if (repository.activeProposalCount(authorId, consultation.id()) >= limit) {
            throw new InvalidInputException("title", "proposal.error.limit-reached", limit);
        }
        boolean moderate = personalData.foundIn(checked.title(), checked.body());
        ProposalState state = moderate || consultation.settings().premoderation()
                ? ProposalState.AWAITING_MODERATION
                : ProposalState.PUBLISHED;
        limits.countPost(RateLimits.Post.PROPOSAL, Actor.current(), "title");
        long id = repository.insert(consultation.id(), authorId, checked, state, enteredBy, channel, clock.instant());
        events.publishEvent(new ProposalSubmitted(id, consultation.id(), authorId, checked.title()));
        if (enteredBy != null && channel != null) {
            OnBehalfAudit.record(audit, OnBehalfAudit.PROPOSAL, enteredBy, id, authorId, channel);
        }
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
        return queries.similar(consultationId, text, Actor.current());
    }

    /**
     * The author changes a proposal while the edit window is open and nobody supports it yet, with the same
     * contract for personal data as {@link #submit}: not confirmed, it is refused; confirmed, the proposal goes
     * (back) to waiting for moderation and into the griffie's queue.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void edit(ProposalEdit edit) {
        Objects.requireNonNull(edit, "edit");
        Actor me = Actor.current();
        ProposalDraft checked = check(edit.draft());
        ProposalRepository.Locked proposal = rules.visibleLocked(edit.proposalId(), me);
        if (!me.is(proposal.authorId())) {
            throw new AccessDeniedException("proposal " + edit.proposalId() + " is not the viewer's");
        }
        rules.checkNotBlocked(me.account(), "title");
        Consultation consultation = consultations.consultation(proposal.consultationId());
        if (!editable(
                proposal.state(),
                proposal.supportCount(),
                proposal.createdAt(),
                consultation.settings().editWindowMinutes())) {
            throw new InvalidInputException("title", "proposal.error.edit-closed");
        }
        rules.checkMembership(proposal.authorId(), checked.organisationId());
        ProposalState state =
                PersonalData.confirmed(edit.personalDataConfirmed()).foundIn(checked.title(), checked.body())
                        ? ProposalState.AWAITING_MODERATION
                        : proposal.state();
        if (!repository.update(edit.proposalId(), checked, state, edit.version(), clock.instant())) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new ProposalEdited(edit.proposalId()));
    }

    /** The author withdraws a proposal with a reason; it stays visible as withdrawn. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void withdraw(long proposalId, String reason) {
        Actor me = Actor.current();
        String checked = TextInput.multiLine("reason", reason, REASON_LENGTH);
        ProposalRepository.Locked proposal = rules.visibleLocked(proposalId, me);
        if (!me.is(proposal.authorId())) {
            throw new AccessDeniedException("proposal " + proposalId + " is not the viewer's");
        }
        if (!ProposalStates.withdrawable(proposal.state())) {
            throw new InvalidInputException("reason", "proposal.error.cannot-withdraw");
        }
        repository.withdraw(proposalId, checked, clock.instant());
    }

    /** The griffie's official answer; an earlier answer may be corrected. */
    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public void answer(long proposalId, Answer answer) {
        if (answer == null || answer.kind() == null) {
            throw new InvalidInputException("kind", "error.required");
        }
        String checked = TextInput.multiLine("text", answer.text(), ANSWER_LENGTH);
        Actor me = Actor.current();
        ProposalRepository.Locked proposal = rules.visibleLocked(proposalId, me);
        if (!ProposalStates.acceptsAnswer(proposal.state())) {
            throw new InvalidInputException("kind", "proposal.error.cannot-answer");
        }
        repository.answer(proposalId, new Answer(answer.kind(), checked), me.account(), clock.instant());
        events.publishEvent(new ProposalAnswered(proposalId, proposal.authorId(), proposal.title(), answer.kind()));
    }

    /** The proposal as its page shows it, with what the viewer may do with it. */
    @PreAuthorize("permitAll()")
    public ProposalDetails proposal(long id) {
        Actor me = Actor.current();
        ProposalQueries.DetailsRow row =
                queries.details(id, me).orElseThrow(() -> new NoSuchItemException("proposal " + id));
        ProposalDetails d = row.details();
        boolean phaseTakesSupports =
                row.dates().phaseAt(clock.instant(), row.outcomePublished()).acceptsSupports();
        boolean supportable = d.state().acceptsSupports() && phaseTakesSupports;
        Supporting support = !supportable
                ? (d.state().acceptsSupports() ? Supporting.SUPPORTS_CLOSED : Supporting.NOT_SUPPORTABLE)
                : !me.loggedIn()
                        ? Supporting.LOGIN_FIRST
                        : !me.resident()
                                ? Supporting.RESIDENTS_ONLY
                                : !d.supportedByMe() && row.supportsRequireVerification() && !row.viewerVerified()
                                        ? Supporting.VERIFICATION_REQUIRED
                                        : Supporting.ALLOWED;
        Commenting comment = !ProposalStates.acceptsComments(d.state())
                ? Commenting.CLOSED
                : me.resident() ? Commenting.ALLOWED : Commenting.LOGIN_FIRST;
        ProposalPermissions may = new ProposalPermissions(
                d.mine() && editable(d.state(), d.supportCount(), d.createdAt(), row.editWindowMinutes()),
                d.mine() && ProposalStates.withdrawable(d.state()),
                me.griffie() && ProposalStates.acceptsAnswer(d.state()),
                me.loggedIn() && !d.mine(),
                comment,
                support);
        return d.with(supportable, may);
    }

    /**
     * Whether the proposal's address has a page for this visitor: the proposal itself, or the placeholder of one
     * hidden by reports pending review. Cheaper than {@link #proposal}, for the status of the page's document.
     */
    @PreAuthorize("permitAll()")
    public boolean hasPage(long proposalId) {
        return queries.visible(proposalId, Actor.current()) || queries.underReview(proposalId);
    }

    /**
     * Whether a proposal that {@link #proposal} does not show is hidden by reports pending the griffie's review,
     * so that a visitor following a link sees a neutral placeholder rather than "not found". Says nothing else
     * about it.
     */
    @PreAuthorize("permitAll()")
    public boolean underReview(long proposalId) {
        return queries.underReview(proposalId);
    }

    @PreAuthorize("permitAll()")
    public List<ProposalSummary> find(ProposalQuery query, int offset, int limit) {
        Paging.check(offset, limit);
        return queries.find(query, checkedViewer(query), offset, limit);
    }

    @PreAuthorize("permitAll()")
    public int count(ProposalQuery query) {
        return queries.count(query, checkedViewer(query));
    }

    /**
     * What an author made public (published, for the council, answered or withdrawn), newest first: for their
     * profile page. Waiting and hidden proposals are left out for everyone, the author too.
     */
    @PreAuthorize("permitAll()")
    public List<ProposalSummary> byAuthor(long authorId, int offset, int limit) {
        Paging.check(offset, limit);
        return queries.byAuthor(authorId, Actor.current(), offset, limit);
    }

    @PreAuthorize("permitAll()")
    public int countByAuthor(long authorId) {
        return queries.countByAuthor(authorId);
    }

    private static Actor checkedViewer(ProposalQuery query) {
        Objects.requireNonNull(query, "query");
        Actor me = Actor.current();
        if ((query.supportedByMe() || query.mine()) && !me.loggedIn()) {
            throw new AccessDeniedException("Log in to see your own proposals and supports");
        }
        return me;
    }

    /** The author may change it while the edit window is open and nobody supports it yet. */
    private boolean editable(ProposalState state, int supportCount, Instant createdAt, int windowMinutes) {
        return (state == ProposalState.PUBLISHED || state == ProposalState.AWAITING_MODERATION)
                && supportCount == 0
                && createdAt.plus(Duration.ofMinutes(windowMinutes)).isAfter(clock.instant());
    }

    /** The draft as stored: texts checked, topics known and without repeats, a blank address none. */
    private ProposalDraft check(ProposalDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("title", "error.required");
        }
        String title = TextInput.line("title", draft.title(), TITLE_LENGTH);
        String body = TextInput.multiLine("body", draft.body(), BODY_LENGTH);
        String address = draft.address() == null || draft.address().isBlank()
                ? null
                : TextInput.line("address", draft.address(), ADDRESS_LENGTH);
        List<String> topics = draft.topicCodes() == null
                ? List.of()
                : draft.topicCodes().stream().distinct().toList();
        if (topics.isEmpty()) {
            throw new InvalidInputException("topicCodes", "proposal.error.topic-required");
        }
        if (topics.contains(null) || repository.existingTopicCount(topics) != topics.size()) {
            throw new InvalidInputException("topicCodes", "proposal.error.unknown-topic");
        }
        return new ProposalDraft(title, body, topics, address, draft.organisationId());
    }
}
