package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.moderation.ConductRules;

/**
 * The rules of conduct on a form where people post: folded under "Spelregels" so the form stays short on a
 * phone, one click or key away, with a link to the rules' own page that can be kept or shared.
 */
public class ConductRulesNote extends Details {

    public ConductRulesNote(ConductRules rules) {
        setSummaryText(getTranslation("moderationui.rules.summary"));
        addClassName("conduct-rules");
        if (rules.platformDefault()) {
            Paragraph general = new Paragraph(getTranslation("moderationui.rules.general"));
            general.addClassName("meta");
            add(general);
        }
        add(new ConductRulesText(rules.text()));
        if (rules.consultationId() != null) {
            add(new Paragraph(new RouterLink(
                    getTranslation("moderationui.rules.open-page"),
                    ConductRulesView.class,
                    ConductRulesView.parameters(rules.consultationId()))));
        }
    }
}
