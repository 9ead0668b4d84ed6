package nl.raadsplein.account;

import java.time.Duration;

/** What a mailed link may do, and for how long. */
enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1));

    final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }
}
