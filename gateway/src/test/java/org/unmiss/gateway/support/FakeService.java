package org.unmiss.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A downstream service over real HTTP (JDK server on a loopback port). Every path answers 200 with
 * what arrived (service name, method, path, query, headers, body size) as JSON, except:
 * a path ending in {@code /slow} answers only after {@link #SLOW}, one ending in {@code /flaky}
 * drops the connection without answering, one ending in {@code /broken} answers 500 with the
 * service's own problem, a query {@code delayMs=N} delays the answer by N ms, and {@code /v3/api-docs}
 * returns a tiny OpenAPI document.
 * Hits are counted per path.
 */
public final class FakeService implements AutoCloseable {

    public static final Duration SLOW = Duration.ofSeconds(10);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private FakeService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeService start(String name) {
        try {
            return new FakeService(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base URL where nothing listens: a service that is down. */
    public static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        }
        if (path.endsWith("/flaky")) {
            exchange.close(); // no status line sent: the client sees the connection close
            return;
        }
        if (path.endsWith("/slow")) {
            sleep(SLOW);
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && query.startsWith("delayMs=")) {
            sleep(Duration.ofMillis(Long.parseLong(query.substring("delayMs=".length()))));
        }
        if (path.endsWith("/broken")) {
            send(exchange, 500, "application/problem+json",
                    JSON.writeValueAsBytes(Map.of("type", "urn:unmiss:problem:internal-error", "status", 500, "service", name)));
            return;
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        if (path.equals("/v3/api-docs")) {
            echo.put("openapi", "3.1.0");
            echo.put("info", Map.of("title", name, "version", "v1"));
        } else {
            echo.put("service", name);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", path);
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("bodyBytes", bodyBytes);
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(), String.join(",", values)));
            echo.put("headers", headers);
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(echo));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // Services echo the correlation id too; the gateway must still send exactly one.
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
