package nl.raadsplein.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

    @Test
    void a_burst_reaches_a_coalescing_listener_once_with_its_last_message_and_a_later_one_again() {
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        // Run on the one thread that ends the delays, so in the order the deliveries fall due: a second delivery
        // left over from the burst would come before the later message's, which falls due a whole period after.
        Consumer<Integer> listener = Broadcaster.coalescing(delivered::add, Duration.ofMillis(300), Runnable::run);

        for (int i = 1; i <= 100; i++) {
            listener.accept(i);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !delivered.isEmpty());
        assertThat(delivered).containsExactly(100);

        listener.accept(101);
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.contains(101));
        assertThat(delivered).containsExactly(100, 101);
    }
}
