package org.unmiss.personnel.importing.persistence;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The process running an import attempt, so that another process can tell a crashed attempt from a
 * running one: on the same host by asking the operating system whether that process (pid and start
 * time, so a reused pid does not count) still runs; on another host only by the age of its heartbeat.
 */
record ImportOwner(String host, long pid, long startedAtMillis) {

    /** A heartbeat this old means the owner on another host is gone (an import takes seconds, at most a minute). */
    static final Duration FOREIGN_LEASE = Duration.ofMinutes(2);

    static ImportOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new ImportOwner(hostName(), self.pid(), startOf(self).orElse(0L));
    }

    String encoded() {
        return host + "/" + pid + "/" + startedAtMillis;
    }

    static ImportOwner decode(String encoded) {
        int last = encoded.lastIndexOf('/');
        int middle = encoded.lastIndexOf('/', last - 1);
        return new ImportOwner(encoded.substring(0, middle), Long.parseLong(encoded.substring(middle + 1, last)),
                Long.parseLong(encoded.substring(last + 1)));
    }

    /** Whether {@code owner} may still be running its attempt, seen from this process. */
    boolean considersAlive(String owner, Instant heartbeatAt, Instant now) {
        ImportOwner other = decode(owner);
        if (other.equals(this)) {
            return true;
        }
        if (other.host.equals(host) && other.startedAtMillis != 0) {
            return ProcessHandle.of(other.pid).flatMap(ImportOwner::startOf).filter(start -> start == other.startedAtMillis).isPresent();
        }
        return heartbeatAt.plus(FOREIGN_LEASE).isAfter(now);
    }

    /** Whether the owner is known to be gone for good (not merely silent): then its numbers can be handed back. */
    boolean knowsDead(String owner) {
        ImportOwner other = decode(owner);
        return !other.equals(this) && other.host.equals(host) && other.startedAtMillis != 0
                && ProcessHandle.of(other.pid).flatMap(ImportOwner::startOf).filter(start -> start == other.startedAtMillis).isEmpty();
    }

    private static Optional<Long> startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
