/** The Digitale Agenda Gemeenten as reference data: goals, topics, themes, public values and digital topics. */
@NullMarked
package nl.raadsplein.agenda;

import org.jspecify.annotations.NullMarked;
