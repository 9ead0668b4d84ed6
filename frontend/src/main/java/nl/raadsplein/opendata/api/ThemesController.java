package nl.raadsplein.opendata.api;

import io.swagger.v3.oas.annotations.Operation;
import nl.raadsplein.opendata.ApiTheme;
import nl.raadsplein.opendata.OpenDataService;
import nl.raadsplein.opendata.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ThemesController {

    private final OpenDataService openData;

    ThemesController(OpenDataService openData) {
        this.openData = openData;
    }

    @Operation(summary = "The themes of the Digitale Agenda Gemeenten, in the agenda's order")
    @GetMapping(ApiPaths.V1 + "/themes")
    PageResponse<ApiTheme> themes(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(openData.themes(new PageRequest(page, size)));
    }
}
