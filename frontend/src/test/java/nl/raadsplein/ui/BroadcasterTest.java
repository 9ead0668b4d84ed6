package nl.raadsplein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

    @Test
    void a_burst_reaches_a_coalescing_listener_once_with_its_last_message_and_a_later_one_again()
            throws InterruptedException {
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        Consumer<Integer> listener = Broadcaster.coalescing(delivered::add, Duration.ofMillis(300),
                Executors.newVirtualThreadPerTaskExecutor());

        for (int i = 1; i <= 100; i++) {
            listener.accept(i);
        }
        awaitSize(delivered, 1);
        Thread.sleep(500);
        assertThat(delivered).containsExactly(100);

        listener.accept(101);
        awaitSize(delivered, 2);
        assertThat(delivered).containsExactly(100, 101);
    }

    private static void awaitSize(List<Integer> delivered, int size) throws InterruptedException {
        for (int i = 0; i < 100 && delivered.size() < size; i++) {
            Thread.sleep(50);
        }
    }
}
