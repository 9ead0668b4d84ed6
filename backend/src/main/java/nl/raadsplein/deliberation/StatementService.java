package nl.raadsplein.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents add statements to an open discussion that allows it. As for proposals: what looks like personal data is
 * refused until the author confirms, and then waits for the griffie; near-duplicates are shown before posting. The
 * author agrees with their own statement. Under pre-moderation a statement waits for the griffie's approval.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StatementService {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final double SIMILAR = 0.5;
    private static final int MAX_SIMILAR = 5;

    private final StatementRepository statements;
    private final TakingPart rules;
    private final VotingService voting;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatementService(
            StatementRepository statements,
            TakingPart rules,
            VotingService voting,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.statements = statements;
        this.rules = rules;
        this.voting = voting;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a statement; returns its id. Refused with {@code personaldata.error.confirm-needed} when it looks like it
     * holds personal data and the author did not confirm; a confirmed one waits for the griffie.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long add(StatementSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        String text = TextInput.line("text", submission.text(), FramingService.STATEMENT_LENGTH);
        long me = Actor.currentAccountId();
        DiscussionRepository.Locked discussion = rules.lockOpen(submission.discussionId(), me, "text");
        if (!discussion.residentsMayAdd()) {
            throw new InvalidInputException("text", "deliberation.error.adding-closed");
        }
        boolean personalData = PersonalDataDetector.containsPersonalData(text);
        if (personalData && !submission.personalDataConfirmed()) {
            throw new InvalidInputException("text", "personaldata.error.confirm-needed");
        }
        StatementState state =
                personalData || discussion.premoderation() ? StatementState.PENDING : StatementState.PUBLISHED;
        limits.countPost(RateLimits.Post.STATEMENT, Actor.current(), "text");
        Instant now = clock.instant();
        long participant = statements.ensureParticipant(discussion.id(), me, now);
        long id = statements.insert(discussion.id(), text, me, participant, state, now);
        voting.agreeWithOwn(id, discussion.id(), participant, now);
        if (state == StatementState.PUBLISHED) {
            statements.addToStatementCount(discussion.id(), 1);
            events.publishEvent(new StatementPublished(discussion.id(), id));
        }
        events.publishEvent(new StatementSubmitted(discussion.id(), id, state));
        return id;
    }

    /** Up to five published statements of the discussion that read much like this text, to show before posting. */
    @PreAuthorize("permitAll()")
    public List<StatementView> similar(long discussionId, String text) {
        Set<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(StatementView statement, double score) {}
        return statements.published(discussionId).stream()
                .map(s -> new Scored(s, overlap(words, words(s.text()))))
                .filter(s -> s.score() >= SIMILAR)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(MAX_SIMILAR)
                .map(Scored::statement)
                .toList();
    }

    /** How much two sets of words overlap: shared words over all words (Jaccard). */
    static double overlap(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(Objects.toString(text, "").toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 100) {
            words.add(m.group());
        }
        return words;
    }
}
