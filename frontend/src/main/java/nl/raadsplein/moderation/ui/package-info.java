/** Views for moderation: reporting, the queue, decisions, appeals, conduct rules and the public log. */
@NullMarked
package nl.raadsplein.moderation.ui;

import org.jspecify.annotations.NullMarked;
