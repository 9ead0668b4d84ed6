/** Web security: the Spring Security configuration and the plain error pages. */
@NullMarked
package nl.raadsplein.security;

import org.jspecify.annotations.NullMarked;
