/** The port through which moderation reaches proposals and comments without depending on the proposal feature. */
@NullMarked
package nl.raadsplein.proposal.internal;

import org.jspecify.annotations.NullMarked;
