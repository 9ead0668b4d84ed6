package nl.raadsplein.e2e;

import java.util.Optional;

/** The harness's settings: system properties set by the e2e module's surefire configuration, or environment. */
final class Settings {

    private Settings() {}

    static String required(String property) {
        return optional(property)
                .orElseThrow(() -> new IllegalStateException("System property " + property
                        + " is not set; run the journeys through Maven (mvn verify) or set it yourself"));
    }

    static Optional<String> optional(String property) {
        return Optional.ofNullable(System.getProperty(property))
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    static Optional<String> env(String variable) {
        return Optional.ofNullable(System.getenv(variable)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
