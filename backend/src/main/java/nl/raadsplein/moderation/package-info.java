/** Moderation: reports, the premoderation queue, decisions, appeals, conduct rules and the public moderation log. */
@NullMarked
package nl.raadsplein.moderation;

import org.jspecify.annotations.NullMarked;
