package org.unmiss.humanrights.hrcase;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** poc-site-service's incident lookup and a token endpoint, on a real loopback socket, for the tests that need them. */
public final class PocSiteStub {
    final HttpServer server;
    final AtomicBoolean up = new AtomicBoolean(true);
    /** An answer other than the lookup's, for every incident request while set: a status, or 0 for "too slow". */
    final AtomicInteger fault = new AtomicInteger(-1);
    /** Incident reference to the JSON poc-site-service answers for it. */
    final Map<String, String> incidents = new ConcurrentHashMap<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    private PocSiteStub(HttpServer server) {
        this.server = server;
    }

    static PocSiteStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            PocSiteStub stub = new PocSiteStub(server);
            server.createContext("/token", exchange -> respond(exchange, 200,
                    "{\"access_token\": \"service-account-token\", \"expires_in\": 300, \"token_type\": \"Bearer\"}"));
            server.createContext("/api/v1/security-incidents/", exchange -> {
                if (!stub.up.get()) {
                    respond(exchange, 503, "{\"title\": \"Temporarily unavailable\"}");
                    return;
                }
                if (stub.fault.get() == 0) {
                    sleep(Duration.ofSeconds(4));
                } else if (stub.fault.get() > 0) {
                    respond(exchange, stub.fault.get(), "{\"title\": \"Refused\"}");
                    return;
                }
                stub.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                String reference = exchange.getRequestURI().getPath().substring("/api/v1/security-incidents/".length());
                String incident = stub.incidents.get(reference);
                if (incident != null) {
                    respond(exchange, 200, incident);
                } else {
                    respond(exchange, 404, "{\"title\": \"Not found\", \"status\": 404}");
                }
            });
            // one thread per request: a deliberately slow answer must not hold up the next test's lookups
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An incident poc-site-service knows, as its API shows it (the fields humanrights-service reads). */
    void add(String reference, String fieldOffice, String category, String occurredAt) {
        incidents.put(reference, """
                {"reference": "%s", "siteCode": "PS-01", "fieldOffice": "%s", "category": "%s", "occurredAt": "%s"}
                """.formatted(reference, fieldOffice, category, occurredAt));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
