/** Views for consultations: the list, a consultation and its editor. */
@NullMarked
package nl.raadsplein.consultation.ui;

import org.jspecify.annotations.NullMarked;
