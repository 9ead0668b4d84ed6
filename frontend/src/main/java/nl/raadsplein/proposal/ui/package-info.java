/** Views for proposals: the list, a proposal with its support and comments, and submitting. */
@NullMarked
package nl.raadsplein.proposal.ui;

import org.jspecify.annotations.NullMarked;
