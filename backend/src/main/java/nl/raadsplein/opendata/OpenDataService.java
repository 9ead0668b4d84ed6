package nl.raadsplein.opendata;

import java.time.Clock;
import java.util.List;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.moderation.PublicLogEntry;
import nl.raadsplein.moderation.PublicLogService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public read API serves. Everything here is readable without logging in, so the reads decide visibility
 * themselves: only what the site shows any visitor, never personal data beyond public display names. Each list is
 * one query per page (to-many parts read with it) and a count.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class OpenDataService {

    private final AgendaService agenda;
    private final PublicLogService moderationLog;
    private final ParticipationReads participation;
    private final CouncilReads council;
    private final Clock clock;

    OpenDataService(
            AgendaService agenda,
            PublicLogService moderationLog,
            ParticipationReads participation,
            CouncilReads council,
            Clock clock) {
        this.agenda = agenda;
        this.moderationLog = moderationLog;
        this.participation = participation;
        this.council = council;
        this.clock = clock;
    }

    /** The agenda's themes in the agenda's order; a short, fixed list read whole and paged in memory. */
    @PreAuthorize("permitAll()")
    public ApiPage<ApiTheme> themes(PageRequest request) {
        List<ApiTheme> themes = agenda.goals().stream()
                .flatMap(goal -> goal.topics().stream()
                        .flatMap(topic -> topic.themes().stream()
                                .map(theme -> new ApiTheme(
                                        theme.code(), theme.name(), theme.highlighted(), topic.code(), goal.code()))))
                .toList();
        return ApiPage.of(themes, request.page(), request.size());
    }

    @PreAuthorize("permitAll()")
    public ApiPage<ApiConsultation> consultations(ApiFilter filter, PageRequest request) {
        return new ApiPage<>(
                participation.consultations(filter, clock.instant(), request.offset(), request.size()),
                request.page(),
                request.size(),
                participation.countConsultations(filter));
    }

    /** Public proposals, of one consultation if {@code consultationId} is given. */
    @PreAuthorize("permitAll()")
    public ApiPage<ApiProposal> proposals(ApiFilter filter, @Nullable Long consultationId, PageRequest request) {
        return new ApiPage<>(
                participation.proposals(filter, consultationId, request.offset(), request.size()),
                request.page(),
                request.size(),
                participation.countProposals(filter, consultationId));
    }

    /** Public comments on public proposals, on one proposal if {@code proposalId} is given. */
    @PreAuthorize("permitAll()")
    public ApiPage<ApiComment> comments(ApiFilter filter, @Nullable Long proposalId, PageRequest request) {
        return new ApiPage<>(
                participation.comments(filter, proposalId, request.offset(), request.size()),
                request.page(),
                request.size(),
                participation.countComments(filter, proposalId));
    }

    @PreAuthorize("permitAll()")
    public ApiPage<ApiDiscussion> discussions(ApiFilter filter, PageRequest request) {
        return new ApiPage<>(
                council.discussions(filter, request.offset(), request.size()),
                request.page(),
                request.size(),
                council.countDiscussions(filter));
    }

    @PreAuthorize("permitAll()")
    public ApiPage<ApiMotion> motions(ApiFilter filter, PageRequest request) {
        return new ApiPage<>(
                council.motions(filter, request.offset(), request.size()),
                request.page(),
                request.size(),
                council.countMotions(filter));
    }

    @PreAuthorize("permitAll()")
    public ApiPage<ApiMeeting> meetings(ApiFilter filter, PageRequest request) {
        return new ApiPage<>(
                council.meetings(filter, request.offset(), request.size()),
                request.page(),
                request.size(),
                council.countMeetings(filter));
    }

    /** The public moderation log, newest first: never the content, never who reported or acted. */
    @PreAuthorize("permitAll()")
    public ApiPage<PublicLogEntry> moderationLog(PageRequest request) {
        return new ApiPage<>(
                moderationLog.publicLog(request.offset(), request.size()),
                request.page(),
                request.size(),
                moderationLog.countPublicLog());
    }
}
