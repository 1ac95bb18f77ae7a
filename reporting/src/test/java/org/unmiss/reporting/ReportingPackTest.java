package org.unmiss.reporting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The program end to end where no platform answers; ReportingPackIT (system-tests) runs it against the real one. */
class ReportingPackTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badUsageExitsTwoWithTheReasonAndTheUsage() {
        assertThat(run("--quarter", "2025-Q7", "--dev")).isEqualTo(ReportingPack.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--quarter: expected a quarter such as 2025-Q4", "Usage:");
    }

    @Test
    void nothingReachableStillWritesAPackMarkedIncompleteListingEverySection(@TempDir Path out) throws IOException {
        String nobody = "http://127.0.0.1:" + closedPort();
        Path pack = out.resolve("reporting-pack-2025-Q4");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("unpol-composition.csv"), "left over from an earlier run");

        int exit = run("--gateway", nobody, "--keycloak", nobody, "--client-secret", "x", "--quarter", "2025-Q4",
                "--out", out.toString());

        assertThat(exit).isEqualTo(ReportingPack.EXIT_INCOMPLETE);
        Manifest manifest = Manifest.read(Files.readString(pack.resolve("manifest.json")));
        assertThat(manifest.status()).isEqualTo(Manifest.Status.INCOMPLETE);
        assertThat(manifest.missing()).hasSize(17).allSatisfy(entry -> assertThat(entry.reason()).contains("no access token"));
        assertThat(pack.resolve("unpol-composition.csv")).as("no stale file passes for this quarter's").doesNotExist();
        assertThat(Files.readString(pack.resolve("summary.html"))).contains("INCOMPLETE", "unpol-composition.csv");
        String progress = err.toString(StandardCharsets.UTF_8);
        assertThat(progress.lines().filter(line -> line.startsWith("["))).hasSize(11);
        assertThat(progress).contains("[3/11] personnel-service genderParity: MISSING gender-parity-by-category.csv",
                "INCOMPLETE: no access token for reporting-tools");
    }

    private int run(String... args) {
        return ReportingPack.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
