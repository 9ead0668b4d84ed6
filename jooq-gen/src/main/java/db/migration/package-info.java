/** Flyway migrations written in Java, next to the SQL migrations. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
