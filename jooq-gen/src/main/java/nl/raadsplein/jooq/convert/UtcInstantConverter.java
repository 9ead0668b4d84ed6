package nl.raadsplein.jooq.convert;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.Converter;
import org.jspecify.annotations.Nullable;

/**
 * DATETIME columns hold UTC wall-clock time; MariaDB's DATETIME has no zone, so the zone is fixed here
 * rather than left to the JVM or the connection.
 */
public final class UtcInstantConverter implements Converter<LocalDateTime, Instant> {

    @Override
    public @Nullable Instant from(@Nullable LocalDateTime databaseObject) {
        return databaseObject == null ? null : databaseObject.toInstant(ZoneOffset.UTC);
    }

    @Override
    public @Nullable LocalDateTime to(@Nullable Instant userObject) {
        return userObject == null ? null : LocalDateTime.ofInstant(userObject, ZoneOffset.UTC);
    }

    @Override
    public Class<LocalDateTime> fromType() {
        return LocalDateTime.class;
    }

    @Override
    public Class<Instant> toType() {
        return Instant.class;
    }
}
