/** Views for the agenda and its reference data: goals, topics and themes. */
@NullMarked
package nl.raadsplein.agenda.ui;

import org.jspecify.annotations.NullMarked;
