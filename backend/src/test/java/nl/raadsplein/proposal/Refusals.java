package nl.raadsplein.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.raadsplein.platform.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

final class Refusals {

    private Refusals() {}

    static void assertRefused(ThrowingCallable call, String field, String key, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
            if (arguments.length > 0) {
                assertThat(e.arguments()).containsExactly(arguments);
            }
        });
    }
}
