package nl.raadsplein;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's list of inputs every form and API must survive ({@code shared/testdata/hostile-inputs.txt}),
 * with a copy on the test classpath for a checkout that lacks the shared folder.
 */
public final class HostileInputs {

    private HostileInputs() {}

    public static List<String> lines() {
        try {
            Path shared = Path.of("..", "..", "shared", "testdata", "hostile-inputs.txt");
            String text = Files.exists(shared)
                    ? Files.readString(shared, StandardCharsets.UTF_8)
                    : new String(
                            HostileInputs.class
                                    .getResourceAsStream("/hostile-inputs.txt")
                                    .readAllBytes(),
                            StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
