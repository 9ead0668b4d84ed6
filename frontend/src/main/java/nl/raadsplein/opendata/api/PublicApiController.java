package nl.raadsplein.opendata.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.OffsetDateTime;
import nl.raadsplein.moderation.PublicLogEntry;
import nl.raadsplein.opendata.ApiComment;
import nl.raadsplein.opendata.ApiConsultation;
import nl.raadsplein.opendata.ApiDiscussion;
import nl.raadsplein.opendata.ApiFilter;
import nl.raadsplein.opendata.ApiMeeting;
import nl.raadsplein.opendata.ApiMotion;
import nl.raadsplein.opendata.ApiProposal;
import nl.raadsplein.opendata.ApiTheme;
import nl.raadsplein.opendata.OpenDataService;
import nl.raadsplein.opendata.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public read API. Lists are paged ({@code page} from 0, {@code size} up to 100) and, where items change, go
 * by id so that {@code modified_since} harvesting misses nothing; see docs/adr/0017-public-read-api.md.
 */
@RestController
class PublicApiController {

    private static final String THEME = "only items about this agenda theme (its code, see /api/v1/themes)";
    private static final String MODIFIED_SINCE =
            "only items created or changed at or after this moment (ISO 8601 with offset, e.g. 2026-11-01T00:00:00Z)";

    private final OpenDataService openData;

    PublicApiController(OpenDataService openData) {
        this.openData = openData;
    }

    @Operation(summary = "The themes of the Digitale Agenda Gemeenten, in the agenda's order")
    @GetMapping(ApiPaths.V1 + "/themes")
    PageResponse<ApiTheme> themes(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.themes(new PageRequest(page, size)));
    }

    @Operation(summary = "Consultations with their phase and phase dates")
    @GetMapping(ApiPaths.V1 + "/consultations")
    PageResponse<ApiConsultation> consultations(
            @Parameter(description = THEME) @RequestParam(required = false) @Nullable String theme,
            @Parameter(description = MODIFIED_SINCE)
                    @RequestParam(name = "modified_since", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime modifiedSince,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.consultations(filter(theme, modifiedSince), new PageRequest(page, size)));
    }

    @Operation(
            summary = "Public proposals with their support and comment counts",
            description = "author is the public display name only; null for a former participant")
    @GetMapping(ApiPaths.V1 + "/proposals")
    PageResponse<ApiProposal> proposals(
            @Parameter(description = "only proposals in this consultation") @RequestParam(required = false) @Nullable
                    Long consultation,
            @Parameter(description = THEME) @RequestParam(required = false) @Nullable String theme,
            @Parameter(description = MODIFIED_SINCE)
                    @RequestParam(name = "modified_since", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime modifiedSince,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                openData.proposals(filter(theme, modifiedSince), consultation, new PageRequest(page, size)));
    }

    @Operation(summary = "Public comments for and against public proposals")
    @GetMapping(ApiPaths.V1 + "/comments")
    PageResponse<ApiComment> comments(
            @Parameter(description = "only comments on this proposal") @RequestParam(required = false) @Nullable
                    Long proposal,
            @Parameter(description = THEME) @RequestParam(required = false) @Nullable String theme,
            @Parameter(description = MODIFIED_SINCE)
                    @RequestParam(name = "modified_since", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime modifiedSince,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.comments(filter(theme, modifiedSince), proposal, new PageRequest(page, size)));
    }

    @Operation(
            summary = "Published value discussions with their aggregate results",
            description = "per statement the numbers who agreed, disagreed and passed; never an individual vote")
    @GetMapping(ApiPaths.V1 + "/discussions")
    PageResponse<ApiDiscussion> discussions(
            @Parameter(description = THEME) @RequestParam(required = false) @Nullable String theme,
            @Parameter(description = MODIFIED_SINCE)
                    @RequestParam(name = "modified_since", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime modifiedSince,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.discussions(filter(theme, modifiedSince), new PageRequest(page, size)));
    }

    @Operation(
            summary = "Motions and amendments once submitted, with the votes on them per party",
            description = "a roll call also names each councillor's vote")
    @GetMapping(ApiPaths.V1 + "/motions")
    PageResponse<ApiMotion> motions(
            @Parameter(description = THEME) @RequestParam(required = false) @Nullable String theme,
            @Parameter(description = MODIFIED_SINCE)
                    @RequestParam(name = "modified_since", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime modifiedSince,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.motions(filter(theme, modifiedSince), new PageRequest(page, size)));
    }

    @Operation(summary = "Council and committee meetings with their agenda")
    @GetMapping(ApiPaths.V1 + "/meetings")
    PageResponse<ApiMeeting> meetings(
            @Parameter(description = "only meetings with an agenda item about this agenda theme")
                    @RequestParam(required = false)
                    @Nullable
                    String theme,
            @Parameter(description = MODIFIED_SINCE)
                    @RequestParam(name = "modified_since", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Nullable
                    OffsetDateTime modifiedSince,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.meetings(filter(theme, modifiedSince), new PageRequest(page, size)));
    }

    @Operation(
            summary = "The public moderation log, newest first",
            description = "what the griffie did, when, where and why; never the content or who reported or acted")
    @GetMapping(ApiPaths.V1 + "/moderation-log")
    PageResponse<PublicLogEntry> moderationLog(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.moderationLog(new PageRequest(page, size)));
    }

    private static ApiFilter filter(@Nullable String theme, @Nullable OffsetDateTime modifiedSince) {
        return new ApiFilter(theme, modifiedSince == null ? null : modifiedSince.toInstant());
    }
}
