package nl.raadsplein.opendata.oparl;

import java.time.OffsetDateTime;
import java.util.List;

/** A motion's current text as the council's PDF, readable without logging in. */
public record OparlFile(
        String id,
        String type,
        String name,
        String fileName,
        String mimeType,
        String accessUrl,
        String downloadUrl,
        List<String> paper,
        OffsetDateTime created,
        OffsetDateTime modified) {}
