package nl.raadsplein.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.platform.PersonalDataFinding;
import org.jspecify.annotations.Nullable;

/**
 * A warning shown before a text goes public when it looks like it holds personal data: it names what was found,
 * in words, and where, and offers two choices: "Aanpassen" (back to the form, text kept) and "Toch plaatsen"
 * (post anyway; the service then holds the text for moderation). An alert with a heading and text buttons, so
 * that a screen reader announces it and a keyboard reaches its choices; focus goes to "Aanpassen", the safe one.
 */
public class PersonalDataWarning extends Section {

    /** The service's refusal when personal data was posted without confirming. */
    public static final String CONFIRM_NEEDED = "personaldata.error.confirm-needed";

    private static final AtomicInteger IDS = new AtomicInteger();

    private final UnorderedList list = new UnorderedList();
    private final Button edit = new Button();
    private String firstField = "body";
    private @Nullable Runnable postAnyway;

    /**
     * @param edit       runs on "Aanpassen" with the field of the first finding ("title" or "body")
     * @param postAnyway runs on "Toch plaatsen"
     */
    public PersonalDataWarning(Consumer<String> edit, Runnable postAnyway) {
        this(edit);
        this.postAnyway = postAnyway;
    }

    /**
     * A warning for {@link #post}: "Toch plaatsen" posts again what was last warned about, confirmed.
     *
     * @param edit runs on "Aanpassen" with the field of the first finding ("title" or "body")
     */
    public PersonalDataWarning(Consumer<String> edit) {
        addClassName("personal-data-warning");
        getElement().setAttribute("role", "alert");
        H3 heading = new H3(getTranslation("personaldata.warning.heading"));
        heading.setId("personal-data-warning-" + IDS.incrementAndGet());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassName("personal-data-findings");

        this.edit.setText(getTranslation("personaldata.warning.edit"));
        this.edit.addClickListener(e -> {
            hide();
            edit.accept(firstField);
        });
        Button anyway = new Button(
                getTranslation("personaldata.warning.post-anyway"),
                e -> Objects.requireNonNull(postAnyway, "shown after post").run());
        anyway.addThemeVariants(ButtonVariant.ERROR);
        this.edit.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout actions = new FlexLayout(this.edit, anyway);
        actions.addClassName("actions");

        add(
                heading,
                new Paragraph(getTranslation("personaldata.warning.intro")),
                list,
                new Paragraph(getTranslation("personaldata.warning.advice")),
                actions);
        setVisible(false);
    }

    /**
     * Looks for personal data in a title (null for none) and a body; when there is some, shows the warning with
     * what was found and returns true, otherwise hides it and returns false.
     */
    public boolean check(@Nullable String title, String body) {
        List<ListItem> items = new ArrayList<>();
        List<PersonalDataFinding> inTitle = title == null ? List.of() : PersonalDataDetector.find(title);
        List<PersonalDataFinding> inBody = PersonalDataDetector.find(body);
        inTitle.forEach(f -> items.add(item(f, "title")));
        inBody.forEach(f -> items.add(item(f, "body")));
        if (items.isEmpty()) {
            hide();
            return false;
        }
        firstField = inTitle.isEmpty() ? "body" : "title";
        list.removeAll();
        items.forEach(list::add);
        setVisible(true);
        edit.focus();
        return true;
    }

    /** What a form does to post (or save) its text; {@code confirmed}: the author chose "Toch plaatsen". */
    public interface Post {
        void post(boolean confirmed);
    }

    /**
     * Posts, unless the title (null for none) or the body holds personal data the author has not confirmed yet:
     * then it warns instead, and "Toch plaatsen" posts confirmed. The service's own refusal for personal data warns
     * too; any other refusal hides the warning and goes to {@code refused}.
     */
    public void post(
            Supplier<@Nullable String> title,
            Supplier<String> body,
            boolean confirmed,
            Post post,
            Consumer<InvalidInputException> refused) {
        postAnyway = () -> post(title, body, true, post, refused);
        if (!confirmed && check(title.get(), body.get())) {
            return;
        }
        try {
            post.post(confirmed);
            hide();
        } catch (InvalidInputException refusal) {
            if (CONFIRM_NEEDED.equals(refusal.messageKey())) {
                check(title.get(), body.get());
            } else {
                hide();
                refused.accept(refusal);
            }
        }
    }

    /** Whether a text posted with {@code confirmed} waits for the griffie: it does when it holds personal data. */
    public static boolean held(boolean confirmed, @Nullable String title, String body) {
        return confirmed
                && (title != null && PersonalDataDetector.containsPersonalData(title)
                        || PersonalDataDetector.containsPersonalData(body));
    }

    public void hide() {
        setVisible(false);
        list.removeAll();
    }

    private ListItem item(PersonalDataFinding finding, String field) {
        return new ListItem(getTranslation(
                "personaldata.warning.item",
                getTranslation("personaldata.kind." + finding.kind().name()),
                getTranslation("personaldata.where." + field),
                finding.excerpt()));
    }
}
