/** The port through which moderation reaches statements without depending on this feature's services. */
@NullMarked
package nl.raadsplein.deliberation.internal;

import org.jspecify.annotations.NullMarked;
