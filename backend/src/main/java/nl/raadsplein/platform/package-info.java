/** Cross-cutting platform services: audit trail, configuration, localisation, paging and input checks. */
@NullMarked
package nl.raadsplein.platform;

import org.jspecify.annotations.NullMarked;
