/** jOOQ converters between column types and the types the code works with. */
@NullMarked
package nl.raadsplein.jooq.convert;

import org.jspecify.annotations.NullMarked;
