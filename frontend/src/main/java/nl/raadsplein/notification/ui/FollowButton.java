package nl.raadsplein.notification.ui;

import com.vaadin.flow.component.button.Button;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.ui.InputErrors;

/**
 * Follows or stops following something for the person logged in; the caption says what a press will do, and a
 * confirmation says what it did, in the texts of the page it stands on.
 */
public class FollowButton extends Button {

    /** The message keys of one kind of target: the two captions and the two confirmations. */
    public record Texts(String start, String stop, String started, String stopped) {}

    private boolean following;

    public FollowButton(NotificationService notifications, FollowTarget type, long targetId, Texts texts) {
        following = notifications.isFollowing(type, targetId);
        label(texts);
        addClickListener(e -> {
            if (following) {
                notifications.unfollow(type, targetId);
                InputErrors.confirm(getTranslation(texts.stopped()));
            } else {
                notifications.follow(type, targetId);
                InputErrors.confirm(getTranslation(texts.started()));
            }
            following = !following;
            label(texts);
        });
        addClassName("follow");
    }

    private void label(Texts texts) {
        setText(getTranslation(following ? texts.stop() : texts.start()));
    }
}
