package nl.raadsplein.deliberation;

import java.time.Clock;
import java.util.List;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading value discussions: published ones for everyone; drafts, offered and rejected ones only for their author
 * and the griffie.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class DiscussionService {

    private final DiscussionRepository repository;
    private final Clock clock;

    DiscussionService(DiscussionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The discussion as its page shows it; one the viewer may not see does not exist for them. */
    @PreAuthorize("permitAll()")
    public Discussion discussion(long id) {
        Actor me = Actor.current();
        return repository
                .details(id, clock.instant())
                .filter(d -> d.state() == DiscussionState.PUBLISHED || me.is(d.authorId()) || me.griffie())
                .orElseThrow(() -> new NoSuchItemException("discussion " + id));
    }

    /** Published discussions in this phase, the latest opening first. */
    @PreAuthorize("permitAll()")
    public List<DiscussionSummary> list(DiscussionPhase phase, int offset, int limit) {
        Paging.check(offset, limit);
        return repository.summaries(DiscussionFilters.inPhase(phase, clock.instant()), offset, limit, clock.instant());
    }

    @PreAuthorize("permitAll()")
    public int count(DiscussionPhase phase) {
        return repository.count(DiscussionFilters.inPhase(phase, clock.instant()));
    }

    /** Published discussions about an agenda theme, for its page. */
    @PreAuthorize("permitAll()")
    public List<DiscussionSummary> forTheme(String themeCode, int limit) {
        return published(DiscussionFilters.withTheme(themeCode), limit);
    }

    /** Published discussions that grow from a consultation, for its page. */
    @PreAuthorize("permitAll()")
    public List<DiscussionSummary> forConsultation(long consultationId, int limit) {
        return published(DiscussionFilters.fromConsultation(consultationId), limit);
    }

    /** Every published discussion, the latest opening first: the reports a motion can cite. */
    @PreAuthorize("permitAll()")
    public List<DiscussionSummary> citable(int limit) {
        return published(DSL.noCondition(), limit);
    }

    /** The viewer's own discussions that are not published: drafts, offered and rejected ones. */
    @PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER')")
    public List<DiscussionSummary> mineUnpublished(int limit) {
        Paging.check(0, limit);
        return repository.summaries(
                DiscussionFilters.byAuthor(Actor.currentAccountId())
                        .and(DiscussionFilters.published().not()),
                0,
                limit,
                clock.instant());
    }

    /** Discussions councillors offered, waiting for the griffie's decision, oldest first on the page. */
    @PreAuthorize("hasRole('GRIFFIER')")
    public List<DiscussionSummary> offered(int limit) {
        Paging.check(0, limit);
        return repository.summaries(DiscussionFilters.inState(DiscussionState.OFFERED), 0, limit, clock.instant());
    }

    private List<DiscussionSummary> published(Condition where, int limit) {
        Paging.check(0, limit);
        return repository.summaries(DiscussionFilters.published().and(where), 0, limit, clock.instant());
    }
}
