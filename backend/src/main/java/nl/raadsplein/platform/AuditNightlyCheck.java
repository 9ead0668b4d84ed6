package nl.raadsplein.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Every night: walks the audit chain against the anchor the previous night noted, and notes the new one outside the
 * database, in a file of one line per check ({@code <time> intact <seq>:<hash>}, or {@code <time> BROKEN ...}) and
 * in the log. Someone who rewrites the chain in the database, even with the key, cannot rewrite that file too
 * unless he also holds the application's machine (ADR 23).
 */
@Component
class AuditNightlyCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AuditNightlyCheck.class);
    private static final String INTACT = "intact";

    private final AuditChain chain;
    private final Path anchorFile;
    private final Clock clock;

    @Autowired
    AuditNightlyCheck(AuditChain chain, PlatformProperties properties, Clock clock) {
        this(chain, anchorFile(properties), clock);
    }

    AuditNightlyCheck(AuditChain chain, Path anchorFile, Clock clock) {
        this.chain = chain;
        this.anchorFile = anchorFile;
        this.clock = clock;
    }

    private static Path anchorFile(PlatformProperties properties) {
        if (StringUtils.hasText(properties.audit().anchorFile())) {
            return Path.of(properties.audit().anchorFile());
        }
        if (StringUtils.hasText(properties.dataDir())) {
            return Path.of(properties.dataDir(), "audit-anchors.txt");
        }
        // A throwaway database: its anchors mean nothing to the next one.
        try {
            Path file = Files.createTempFile("raadsplein-audit-anchors", ".txt");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Scheduled(cron = "${raadsplein.audit.check-cron:0 10 4 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        run();
    }

    /** Checks against the last anchor noted, notes the result, and returns it. */
    AuditCheck run() {
        AuditAnchor previous = lastAnchor();
        AuditCheck result = chain.verify(previous);
        String line;
        if (result.intact()) {
            line = clock.instant() + " " + INTACT + " " + (result.last() == null ? "-" : result.last());
            LOG.info("Nightly audit check: {} Anchor noted in {}", result.describe(), anchorFile);
        } else {
            line = clock.instant() + " BROKEN " + result.describe();
            LOG.error("Nightly audit check against anchor {}: {}", previous, result.describe());
        }
        append(line);
        return result;
    }

    /** The anchor of the last intact check in the file; none before the first. */
    @Nullable
    AuditAnchor lastAnchor() {
        if (!Files.exists(anchorFile)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(anchorFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors in " + anchorFile, e);
        }
        for (String line : lines.reversed()) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 3 && parts[1].equals(INTACT) && !parts[2].equals("-")) {
                return AuditAnchor.parse("anchor", parts[2]);
            }
        }
        return null;
    }

    private void append(String line) {
        try {
            if (!Files.exists(anchorFile)) {
                Files.createDirectories(anchorFile.toAbsolutePath().getParent());
                if (anchorFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(
                            anchorFile,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
            }
            Files.writeString(
                    anchorFile, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot note the audit anchor in " + anchorFile, e);
        }
    }
}
