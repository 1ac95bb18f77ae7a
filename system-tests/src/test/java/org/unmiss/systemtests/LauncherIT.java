package org.unmiss.systemtests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher itself (./platform), on a small platform of its own (the store, and the gateway
 * for a hung start) in its own run directory and ports, beside the platform the other system
 * tests use: a component that dies is restarted with back-off and {@code status} says so; one
 * the user stopped stays stopped; {@code down} stops the supervisor too; a component that hangs
 * at start is given up on after its stated time, with a clear message, and what `up` did not
 * start is left running.
 */
@org.junit.jupiter.api.Order(4)
class LauncherIT {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private final Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private final Map<String, String> environment = new LinkedHashMap<>();

    record Result(int exitCode, String output) {
    }

    @BeforeEach
    void ownPlatform() throws IOException {
        Path runDir = root.resolve("system-tests/target/launcher-platform");
        environment.put("PLATFORM_RUN_DIR", runDir.toString());
        environment.put("PLATFORM_SKIP_BUILD", "true"); // the reactor has just packaged every jar
        environment.put("PLATFORM_COMPONENTS", "store");
        environment.put("STORE_PORT", "28117");
        environment.put("GATEWAY_PORT", "18280");
        environment.put("KEYCLOAK_PORT", "18281");
        environment.put("KEYCLOAK_MGMT_PORT", "19281");
        environment.put("PLATFORM_STOP_TIMEOUT", "5");
    }

    @AfterEach
    void down() {
        platform("down");
    }

    @Test
    void aStoreThatDiesIsRestartedWithBackOffAndAStoppedOneStaysStopped() {
        Result up = platform("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("supervisor");
        long supervisor = pid("supervisor");

        long first = pid("store");
        killHard(first);
        String status = awaitStatus(s -> storeLine(s).contains("running, healthy") && storeLine(s).contains("restarted 1x"),
                Duration.ofSeconds(60));
        assertThat(storeLine(status)).contains("exited");
        long second = pid("store");
        assertThat(second).isNotEqualTo(first);

        // A second death waits longer (2 s, then 4 s): back-off, not a tight restart loop.
        long killedAt = killHard(second);
        awaitStatus(s -> storeLine(s).contains("restarted 2x") && storeLine(s).contains("running, healthy"),
                Duration.ofSeconds(60));
        Duration secondPause = Duration.ofMillis(System.currentTimeMillis() - killedAt);
        assertThat(secondPause).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        assertThat(status()).contains("supervisor: running (pid " + supervisor + ")");

        // What the user stops is not the supervisor's to restart.
        Result stop = platform("stop", "store");
        assertThat(stop.exitCode()).as(stop.output()).isZero();
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos(); // beyond the next back-off (8 s)
        while (System.nanoTime() < until) {
            assertThat(storeLine(status())).contains("stopped");
        }

        Result down = platform("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(down.output()).contains("stopped supervisor (pid " + supervisor + ")");
        // Ended by down; its parent (init, since `up` has exited) reaps it a moment later.
        long reaped = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.of(supervisor).map(ProcessHandle::isAlive).orElse(false)) {
            assertThat(System.nanoTime()).as("supervisor " + supervisor + " ended").isLessThan(reaped);
        }
        assertThat(status()).contains("supervisor: not running");
    }

    @Test
    void aHungComponentIsGivenUpOnAfterItsStatedTimeAndWhatUpDidNotStartKeepsRunning() {
        Result store = platform("up");
        assertThat(store.exitCode()).as(store.output()).isZero();
        long storePid = pid("store");

        // A JVM suspended before main (waiting for a debugger) is a process that runs and never answers.
        environment.put("PLATFORM_COMPONENTS", "store gateway");
        environment.put("PLATFORM_HUNG_AFTER", "5");
        environment.put("PLATFORM_JAVA_OPTS",
                "-Xmx128m -agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0");
        long started = System.nanoTime();
        Result up = platform("up");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(up.exitCode()).as(up.output()).isNotZero();
        assertThat(up.output()).contains("gateway is hung").contains("has used no CPU for 5 s")
                .contains("/actuator/health does not answer as healthy")
                .contains("up failed: stopping what it started (gateway)");
        assertThat(took).as("5 s without CPU, then at most the stop timeout").isLessThan(Duration.ofSeconds(5 + 5 + 20));
        assertThat(status()).containsPattern("gateway\\s+-\\s+\\d+\\s+stopped");
        assertThat(pid("store")).as("the store, started by an earlier up, is left alone").isEqualTo(storePid);
        assertThat(ProcessHandle.of(storePid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
    }

    private static String storeLine(String status) {
        return status.lines().filter(line -> line.startsWith("store ")).findFirst().orElse("");
    }

    private long pid(String component) {
        Path file = Path.of(environment.get("PLATFORM_RUN_DIR"), "pids", component + ".pid");
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: no shutdown hook, no goodbye, as a crash or the OOM killer would. */
    private static long killHard(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        return System.currentTimeMillis();
    }

    private String awaitStatus(Predicate<String> condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        String status = status();
        while (!condition.test(status)) {
            assertThat(System.nanoTime()).as("status never showed it; last:\n" + status).isLessThan(deadline);
            status = status();
        }
        return status;
    }

    /** ./platform status (exit code 1: only some components run, as here). */
    private String status() {
        return platform("status").output();
    }

    private Result platform(String... args) {
        try {
            Path log = Files.createTempFile("launcher-", ".log");
            List<String> command = new ArrayList<>(List.of("bash", root.resolve("platform").toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (!finished) {
                process.destroyForcibly();
                throw new IllegalStateException("./platform " + String.join(" ", args) + " did not finish:\n" + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
