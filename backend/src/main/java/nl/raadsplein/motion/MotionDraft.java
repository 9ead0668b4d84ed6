package nl.raadsplein.motion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A motion's text in the council's format, as its first submitter writes it: findings (constaterende dat),
 * considerations (overwegende dat), requests to the executive (verzoekt het college); an amendment names the
 * motion and the numbered part it changes and gives the new text instead of requests.
 */
public record MotionDraft(
        @Nullable MotionType type,
        @Nullable String title,
        @Nullable List<String> findings,
        @Nullable List<String> considerations,
        @Nullable List<String> requests,
        @Nullable Long amendsMotionId,
        @Nullable Integer amendedPart,
        @Nullable String replacement,
        @Nullable List<Citation> citations,
        @Nullable List<String> themeCodes) {}
