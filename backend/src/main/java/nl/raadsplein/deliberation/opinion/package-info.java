/**
 * Opinion groups of a value discussion, computed as Pol.is computes them (ADR 11), and Pol.is' export files. Plain
 * Java without Spring or the database, so the same code serves the application, the command line and tests.
 */
@NullMarked
package nl.raadsplein.deliberation.opinion;

import org.jspecify.annotations.NullMarked;
