package nl.raadsplein.motion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Motions as pages and lists show them. A draft exists only for its submitters (the first submitter and those
 * invited who did not decline); from submission on, a motion, each of its versions and its history are public.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class MotionQueries {

    private final MotionRepository motions;
    private final CitationRepository citations;
    private final VoteRepository votes;
    private final TermRepository terms;
    private final ThemeFiguresRepository figures;
    private final MotionPaper paper;
    private final Clock clock;

    MotionQueries(
            MotionRepository motions,
            CitationRepository citations,
            VoteRepository votes,
            TermRepository terms,
            ThemeFiguresRepository figures,
            MotionPaper paper,
            Clock clock) {
        this.motions = motions;
        this.citations = citations;
        this.votes = votes;
        this.terms = terms;
        this.figures = figures;
        this.paper = paper;
        this.clock = clock;
    }

    /** The motion with its current text. */
    @PreAuthorize("permitAll()")
    public MotionDetails motion(long id) {
        return motion(id, null);
    }

    /** Whether this visitor may read the motion, without loading it: for the status of its page's document. */
    @PreAuthorize("permitAll()")
    public boolean exists(long id) {
        Actor me = Actor.current();
        return motions.find(id).filter(m -> readable(m, mine(id, me))).isPresent();
    }

    /** The motion with the text of version {@code version}; null for the current one. */
    @PreAuthorize("permitAll()")
    public MotionDetails motion(long id, @Nullable Integer version) {
        Actor me = Actor.current();
        SubmitterStatus mine = mine(id, me);
        MotionRepository.Locked motion = motions.find(id)
                .filter(m -> readable(m, mine))
                .orElseThrow(() -> new NoSuchItemException("motion " + id));
        int number = version == null ? motion.currentVersion() : version;
        MotionDetails.MotionText text =
                motions.text(id, number).orElseThrow(() -> new NoSuchItemException("motion " + id + " v" + number));
        return new MotionDetails(
                id,
                motion.type(),
                motion.state(),
                motions.result(id),
                text,
                motion.currentVersion(),
                amendment(motion, text),
                motion.itemId() == null
                        ? null
                        : motions.placement(motion.itemId()).orElse(null),
                motions.submitters(id, motion.firstSubmitter()),
                citations.cited(id),
                motions.themes(id),
                motions.events(id),
                votes.votes(id),
                permissions(me, motion, mine));
    }

    private @Nullable SubmitterStatus mine(long id, Actor me) {
        return me.loggedIn() ? motions.submitterStatus(id, me.account()).orElse(null) : null;
    }

    /** A draft is read only by those who signed it or are invited to: the others have yet to see it. */
    private static boolean readable(MotionRepository.Locked motion, @Nullable SubmitterStatus mine) {
        return motion.state() != MotionState.DRAFT || (mine != null && mine != SubmitterStatus.DECLINED);
    }

    /**
     * The text of version {@code version} (null for the current one) as an A4 PDF in the council's format, in the
     * reader's language; seen by whoever may read that version.
     */
    @PreAuthorize("permitAll()")
    public byte[] pdf(long id, @Nullable Integer version, Locale locale) {
        return paper.write(motion(id, version), locale);
    }

    private MotionDetails.@Nullable Amendment amendment(MotionRepository.Locked motion, MotionDetails.MotionText text) {
        Long amends = motion.amendsMotionId();
        Integer part = motion.amendedPart();
        if (amends == null || part == null || text.replacement() == null) {
            return null;
        }
        MotionRepository.Locked amended = motions.find(amends).orElseThrow();
        MotionDetails.MotionText amendedText =
                motions.text(amends, amended.currentVersion()).orElseThrow();
        List<String> parts = amendedText.parts();
        return new MotionDetails.Amendment(
                amends,
                amendedText.title(),
                part,
                part <= parts.size() ? parts.get(part - 1) : null,
                text.replacement());
    }

    private static MotionDetails.Permissions permissions(
            Actor me, MotionRepository.Locked motion, @Nullable SubmitterStatus mine) {
        boolean councillor = me.holds("ROLE_COUNCILLOR");
        boolean first = councillor && me.is(motion.firstSubmitter());
        boolean griffier = me.holds("ROLE_GRIFFIER");
        MotionState state = motion.state();
        return new MotionDetails.Permissions(
                first && MotionRules.editable(state),
                first && MotionRules.editable(state),
                councillor && mine == SubmitterStatus.INVITED && MotionRules.editable(state),
                first && MotionRules.submittable(state),
                first && state == MotionState.SUBMITTED,
                first && MotionRules.withdrawable(state),
                griffier && state == MotionState.SUBMITTED,
                griffier && state == MotionState.VOTED);
    }

    /** Public motions, newest submission first; a logged-in councillor also sees their drafts and invitations. */
    @PreAuthorize("permitAll()")
    public List<MotionSummary> motions(int offset, int limit) {
        return motions.motions(reader(), Math.max(0, offset), Math.clamp(limit, 0, 100));
    }

    @PreAuthorize("permitAll()")
    public int count() {
        return motions.count(reader());
    }

    /** Public motions that cite this consultation, proposal or value discussion, with their state and result. */
    @PreAuthorize("permitAll()")
    public List<MotionSummary> citing(CitationKind kind, long targetId) {
        return motions.citing(kind, targetId);
    }

    /** The theme's figures of all time, for its page; a code that names no theme is refused as unknown. */
    @PreAuthorize("permitAll()")
    public ThemeFigures themeFigures(String themeCode) {
        return figures.figures(null, themeCode, today(), MeetingService.MUNICIPALITY).stream()
                .findFirst()
                .orElseThrow(() -> new NoSuchItemException("theme " + themeCode))
                .figures();
    }

    /**
     * The figures of every theme in the period, democracy (3A.1) and the rule of law (3A.2) first, then the agenda's
     * order; a council term that does not exist is refused as unknown.
     */
    @PreAuthorize("permitAll()")
    public List<ThemeFiguresRow> overview(FiguresPeriod period) {
        return figures.figures(span(period), null, today(), MeetingService.MUNICIPALITY);
    }

    /** {@link #overview} as a CSV file for publication, the themes named in the reader's language. */
    @PreAuthorize("permitAll()")
    public byte[] overviewCsv(FiguresPeriod period, Locale locale) {
        return ThemeFiguresCsv.write(overview(period), locale);
    }

    /** The years the overview has anything to count in, latest first, to choose from. */
    @PreAuthorize("permitAll()")
    public List<Integer> overviewYears() {
        return figures.years(MeetingService.MUNICIPALITY);
    }

    private ThemeFiguresRepository.@Nullable Span span(FiguresPeriod period) {
        Long termId = period.termId();
        if (termId != null) {
            CouncilTerm term = terms.term(termId).orElseThrow(() -> new NoSuchItemException("council term " + termId));
            return new ThemeFiguresRepository.Span(term.startsOn(), term.endsOn());
        }
        Integer year = period.year();
        return year == null
                ? null
                : new ThemeFiguresRepository.Span(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    private LocalDate today() {
        return clock.instant().atZone(MeetingService.MUNICIPALITY).toLocalDate();
    }

    /** Public motions linked to an agenda theme, with their state or the council's result, for the theme's page. */
    @PreAuthorize("permitAll()")
    public List<MotionSummary> forTheme(String themeCode, int limit) {
        Paging.check(0, limit);
        return motions.forTheme(themeCode, limit);
    }

    /** The councillors of every party, to invite as co-signers or to record in a roll call. */
    @PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER')")
    public List<Councillor> councillors() {
        return terms.councillors();
    }

    private static @Nullable Long reader() {
        Actor me = Actor.current();
        return me.holds("ROLE_COUNCILLOR") ? me.accountId() : null;
    }
}
