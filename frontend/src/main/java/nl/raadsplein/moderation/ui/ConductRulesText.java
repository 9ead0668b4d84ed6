package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Rules of conduct as the griffie typed them: a paragraph at each blank line, other line breaks kept, and set as
 * text, so that whatever looks like markup in them is shown, never run.
 */
class ConductRulesText extends Div {

    ConductRulesText(String text) {
        addClassName("conduct-rules-text");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            Paragraph shown = new Paragraph(paragraph.strip());
            shown.addClassName("multiline");
            add(shown);
        }
    }
}
