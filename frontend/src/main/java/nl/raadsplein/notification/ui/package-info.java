/** Views for notifications: the bell in the layout and the list of notifications. */
@NullMarked
package nl.raadsplein.notification.ui;

import org.jspecify.annotations.NullMarked;
