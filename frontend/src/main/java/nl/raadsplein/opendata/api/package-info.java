/**
 * The public read API under {@code /api/v1}: JSON over Spring MVC beside Vaadin, its own stateless security
 * chain, ETags, caching, CORS for reading and a rate limit per client address.
 */
@NullMarked
package nl.raadsplein.opendata.api;

import org.jspecify.annotations.NullMarked;
