package org.unmiss.gender.parity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A tiny real HTTP server standing in for personnel-service: it serves a known strength fixture,
 * or answers slowly, or refuses the caller, or is switched off (connection refused), and records
 * what it was asked with which Authorization header.
 */
public final class FakePersonnelService implements AutoCloseable {

    public enum Mode { UP, SLOW, REFUSE, ERROR }

    public static final String BY_CATEGORY = """
            {"asOf": "%s", "total": 1000, "rows": [
              {"category": "MILITARY", "subCategory": "CONTINGENT_TROOP", "country": null, "sex": "FEMALE", "count": 60},
              {"category": "MILITARY", "subCategory": "CONTINGENT_TROOP", "country": null, "sex": "MALE", "count": 540},
              {"category": "MILITARY", "subCategory": "STAFF_OFFICER", "country": null, "sex": "FEMALE", "count": 26},
              {"category": "MILITARY", "subCategory": "STAFF_OFFICER", "country": null, "sex": "MALE", "count": 74},
              {"category": "POLICE", "subCategory": "INDIVIDUAL_POLICE_OFFICER", "country": null, "sex": "FEMALE", "count": 30},
              {"category": "POLICE", "subCategory": "INDIVIDUAL_POLICE_OFFICER", "country": null, "sex": "MALE", "count": 70},
              {"category": "POLICE", "subCategory": "FORMED_POLICE_UNIT", "country": null, "sex": "FEMALE", "count": 20},
              {"category": "POLICE", "subCategory": "FORMED_POLICE_UNIT", "country": null, "sex": "MALE", "count": 80},
              {"category": "CIVILIAN", "subCategory": "NATIONAL_STAFF", "country": null, "sex": "FEMALE", "count": 25},
              {"category": "CIVILIAN", "subCategory": "NATIONAL_STAFF", "country": null, "sex": "MALE", "count": 75}]}
            """;
    public static final String BY_COUNTRY = """
            {"asOf": "%s", "total": 1000, "rows": [
              {"category": null, "subCategory": null, "country": "IND", "sex": "FEMALE", "count": 40},
              {"category": null, "subCategory": null, "country": "IND", "sex": "MALE", "count": 560},
              {"category": null, "subCategory": null, "country": "RWA", "sex": "FEMALE", "count": 121},
              {"category": null, "subCategory": null, "country": "RWA", "sex": "MALE", "count": 279}]}
            """;

    private final int port;
    private volatile HttpServer server;
    private volatile Mode mode = Mode.UP;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private FakePersonnelService() {
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    public static FakePersonnelService start() {
        return new FakePersonnelService();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            created.setExecutor(Executors.newCachedThreadPool());
            created.createContext("/", this::handle);
            created.start();
            return created;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void mode(Mode newMode) {
        this.mode = newMode;
    }

    /** Switches the server off: calls are refused at the socket, as when personnel-service is down. */
    public void stop() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    public void restart() {
        server = listen(port);
    }

    public List<String> requests() {
        return requests;
    }

    public List<String> authorizations() {
        return authorizations;
    }

    public void forget() {
        requests.clear();
        authorizations.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().toString();
        requests.add(uri);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        switch (mode) {
            case SLOW -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, "{}");
            }
            case REFUSE -> respond(exchange, 403, "{\"title\": \"Not allowed\"}");
            case ERROR -> respond(exchange, 500, "{\"title\": \"Unexpected error\"}");
            case UP -> answer(exchange, uri);
        }
    }

    private void answer(HttpExchange exchange, String uri) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        if (uri.startsWith("/api/v1/personnel-reports/strength")) {
            String asOf = query.replaceAll(".*asOf=([0-9-]+).*", "$1");
            String groupBy = query.replaceAll(".*groupBy=([^&]+).*", "$1");
            respond(exchange, 200, (groupBy.startsWith("country") ? BY_COUNTRY : BY_CATEGORY).formatted(asOf));
        } else if (uri.startsWith("/api/v1/personnel/UN-")) {
            boolean known = uri.compareTo("/api/v1/personnel/UN-900000") < 0;
            respond(exchange, known ? 200 : 404, known ? "{\"indexNumber\": \"" + uri.substring(18) + "\", \"extra\": true}" : "{}");
        } else {
            respond(exchange, 404, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
