/** Following, notifications and the mail that tells people about them: at once, as a digest, or from the outbox. */
@NullMarked
package nl.raadsplein.notification;

import org.jspecify.annotations.NullMarked;
