package nl.raadsplein.opendata.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import nl.raadsplein.opendata.ApiConsultation;
import nl.raadsplein.opendata.OpenDataService;
import nl.raadsplein.opendata.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConsultationsController {

    private final OpenDataService openData;

    ConsultationsController(OpenDataService openData) {
        this.openData = openData;
    }

    @Operation(summary = "Consultations with their phase and phase dates")
    @GetMapping(ApiPaths.V1 + "/consultations")
    PageResponse<ApiConsultation> consultations(
            @Parameter(description = "only consultations about this agenda theme (its code, see /api/v1/themes)")
                    @RequestParam(required = false)
                    @Nullable
                    String theme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.consultations(theme, new PageRequest(page, size)));
    }
}
