/** The audit trail that features append to; views cannot reach it. */
@NullMarked
package nl.raadsplein.platform.internal;

import org.jspecify.annotations.NullMarked;
