/** The pages of value discussions: the report for the council, and the import of a Pol.is conversation. */
@NullMarked
package nl.raadsplein.deliberation.ui;

import org.jspecify.annotations.NullMarked;
