package org.unmiss.peace.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for personnel-service over real HTTP: knows a set of index numbers (200), answers 404
 * for others, and can be stopped (connection refused) and started again on the same port.
 */
public final class PersonnelStub {

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static HttpServer server;
    private static int port;

    private PersonnelStub() {
    }

    public static synchronized String url() {
        if (server == null) {
            start(0);
        }
        return "http://127.0.0.1:" + port;
    }

    public static void know(String... indexNumbers) {
        KNOWN.addAll(Set.of(indexNumbers));
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public static synchronized void restart() {
        if (server == null) {
            start(port);
        }
    }

    private static void start(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            created.createContext("/api/v1/personnel/", exchange -> {
                String index = exchange.getRequestURI().getPath().substring("/api/v1/personnel/".length());
                byte[] body = KNOWN.contains(index) ? ("{\"indexNumber\":\"" + index + "\"}").getBytes() : new byte[0];
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(KNOWN.contains(index) ? 200 : 404, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            created.start();
            server = created;
            port = created.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
