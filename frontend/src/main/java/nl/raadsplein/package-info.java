/** The Spring Boot application that serves the Vaadin frontend. */
@NullMarked
package nl.raadsplein;

import org.jspecify.annotations.NullMarked;
