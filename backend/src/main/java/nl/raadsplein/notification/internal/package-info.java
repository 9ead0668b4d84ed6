/** The port through which other features tell accounts about news; views cannot reach it. */
@NullMarked
package nl.raadsplein.notification.internal;

import org.jspecify.annotations.NullMarked;
