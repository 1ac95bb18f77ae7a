package org.unmiss.kit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A real HTTP server on loopback standing in for another service (and, when asked, the identity
 * server's token endpoint), for tests of the calls a service makes: it answers what a test routes to
 * it, records every request with its headers and body, and can be made to fail the way a real
 * service does — switched off (connection refused, on the same port when switched on again),
 * answering one status to everything, or answering too slowly for the caller's read timeout.
 *
 * <pre>{@code
 * static final StandInService PERSONNEL = StandInService.start().serveTokens()
 *         .on("GET", "/api/v1/personnel/", request -> StandInService.Reply.json(200, "{...}"));
 * }</pre>
 */
public final class StandInService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StandInService.class);


    /** The access token the stand-in's token endpoint issues: a test sees it relayed for background calls. */
    public static final String SERVICE_TOKEN = "service-account-token";
    public static final String TOKEN_PATH = "/token";

    /** One request as it reached the stand-in ({@code query} as sent, still percent-encoded). */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public String authorization() {
            return header("Authorization");
        }

        /** The path after {@code prefix}, e.g. the id of {@code /api/v1/personnel/UN-1}. */
        public String pathAfter(String prefix) {
            return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        }
    }

    /** What the stand-in answers. */
    public record Reply(int status, String contentType, String body) {

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body);
        }

        public static Reply problem(int status, String title) {
            return new Reply(status, "application/problem+json",
                    "{\"type\": \"about:blank\", \"title\": \"" + title + "\", \"status\": " + status + "}");
        }

        public static Reply notFound() {
            return problem(404, "Not found");
        }
    }

    private record Route(String method, String pathPrefix, Function<Request, Reply> handler) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> exempt = new ConcurrentHashMap<>();
    private final int port;
    private volatile HttpServer server;
    private volatile ExecutorService executor;
    private volatile Reply fault;
    private volatile Duration delay = Duration.ZERO;

    private StandInService() {
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    /** Listens on a free loopback port. */
    public static StandInService start() {
        return new StandInService();
    }

    /**
     * Routes requests of {@code method} whose path starts with {@code pathPrefix} to {@code handler};
     * the longest matching prefix wins. Anything unrouted answers 404.
     */
    public StandInService on(String method, String pathPrefix, Function<Request, Reply> handler) {
        routes.add(new Route(method.toUpperCase(), pathPrefix, Objects.requireNonNull(handler)));
        return this;
    }

    /**
     * Also serves the identity server's client-credentials token endpoint at {@link #TOKEN_PATH},
     * issuing {@link #SERVICE_TOKEN}; faults never touch it, so a test's outage is the service's only.
     */
    public StandInService serveTokens() {
        exempt.put(TOKEN_PATH, true);
        return on("POST", TOKEN_PATH, request -> Reply.json(200,
                "{\"access_token\": \"" + SERVICE_TOKEN + "\", \"expires_in\": 300, \"token_type\": \"Bearer\"}"));
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String tokenUri() {
        return url() + TOKEN_PATH;
    }

    /** Every request answers {@code status} (a problem body) until {@link #healthy()}; replaces {@link #slow}. */
    public void failWith(int status) {
        delay = Duration.ZERO;
        fault = Reply.problem(status, status == 503 ? "Service unavailable" : "Refused");
    }

    /**
     * Every request is answered, as routed, only after {@code pause} (longer than the caller's read
     * timeout: "too slow") until {@link #healthy()}; replaces {@link #failWith}.
     */
    public void slow(Duration pause) {
        fault = null;
        delay = pause;
    }

    /** Clears {@link #failWith} and {@link #slow}. */
    public void healthy() {
        fault = null;
        delay = Duration.ZERO;
    }

    /** Switches the server off: calls are refused at the socket, as when the service is down. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Listens again, on the same port. */
    public synchronized void up() {
        if (server == null) {
            server = listen(port);
        }
    }

    /** Every request received so far (the token endpoint's included), oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests whose path starts with {@code pathPrefix}. */
    public List<Request> requests(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    /** The Authorization headers of the requests whose path starts with {@code pathPrefix}. */
    public List<String> authorizations(String pathPrefix) {
        return requests(pathPrefix).stream().map(Request::authorization).toList();
    }

    /** Forgets the requests received (routes and faults stay). */
    public void forget() {
        requests.clear();
    }

    /** Whether any recorded request matches. */
    public boolean received(Predicate<Request> which) {
        return requests.stream().anyMatch(which);
    }

    @Override
    public void close() {
        down();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            // one thread per request: a deliberately slow answer must not hold up the next one
            executor = Executors.newCachedThreadPool();
            created.setExecutor(executor);
            created.createContext("/", this::handle);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("stand-in could not listen on port " + onPort, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Reply reply = exempt.containsKey(path) ? route(request) : faultOr(request);
            byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (RuntimeException e) {
            // a handler's own bug must show in the test's log, not as a silent hang of the caller
            LOG.error("stand-in handler failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            throw e;
        }
    }

    private Reply faultOr(Request request) {
        Duration pause = delay;
        if (!pause.isZero()) {
            try {
                // the stand-in plays a slow service: this pause is the behaviour under test, not a wait for a result
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Reply.problem(503, "Interrupted");
            }
        }
        Reply failing = fault;
        return failing != null ? failing : route(request);
    }

    private Reply route(Request request) {
        return routes.stream()
                .filter(r -> r.method().equals(request.method()) && request.path().startsWith(r.pathPrefix()))
                .max((a, b) -> Integer.compare(a.pathPrefix().length(), b.pathPrefix().length()))
                .map(r -> r.handler().apply(request))
                .orElseGet(Reply::notFound);
    }
}
