package nl.raadsplein.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.ui.RouteExistence;

@org.springframework.stereotype.Component
class ThemeExistence implements RouteExistence {

    private final AgendaService agenda;

    ThemeExistence(AgendaService agenda) {
        this.agenda = agenda;
    }

    @Override
    public Class<? extends Component> view() {
        return ThemeView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return agenda.themeExists(parameters.get(ThemeView.CODE).orElse(""));
    }
}
