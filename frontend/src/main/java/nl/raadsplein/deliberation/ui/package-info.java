/**
 * Value discussions on screen: framing, the griffie's approval, the list and page, taking part, the report for the
 * council and the import of a Pol.is conversation.
 */
@NullMarked
package nl.raadsplein.deliberation.ui;

import org.jspecify.annotations.NullMarked;
