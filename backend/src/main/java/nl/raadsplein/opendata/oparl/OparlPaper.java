package nl.raadsplein.opendata.oparl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A public motion or amendment: an amendment's superordinated paper is the motion it amends. {@code created} is the
 * submission, when it became public.
 */
public record OparlPaper(
        String id,
        String type,
        String body,
        String name,
        String reference,
        LocalDate date,
        String paperType,
        List<String> superordinatedPaper,
        List<String> subordinatedPaper,
        OparlFile mainFile,
        List<String> originatorPerson,
        List<String> originatorOrganization,
        List<OparlConsultation> consultation,
        OffsetDateTime created,
        OffsetDateTime modified,
        String web) {}
