/** Proposals, their support and comments: submitting, editing, answering and the rules of who may take part. */
@NullMarked
package nl.raadsplein.proposal;

import org.jspecify.annotations.NullMarked;
