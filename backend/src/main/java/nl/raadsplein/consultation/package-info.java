/** Consultations, their phases and their settings. */
@NullMarked
package nl.raadsplein.consultation;

import org.jspecify.annotations.NullMarked;
