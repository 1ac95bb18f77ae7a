package org.unmiss.kit.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network between a service and its store, made breakable for fault tests: a loopback TCP relay
 * that passes bytes both ways, or stalls (accepts and keeps the requests, never answers: a hung
 * store), or is cut (every connection dropped, new ones closed at once: a store that died).
 */
final class StoreLink implements AutoCloseable {

    enum Mode { PASS, STALL, CUT }

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong heldBytes = new AtomicLong();
    private volatile Mode mode = Mode.PASS;

    private StoreLink(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "store-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A link to the store behind a {@code mongodb://host:port} connection string. */
    static StoreLink to(String connectionString) {
        URI uri = URI.create(connectionString.replaceFirst("/?$", "/"));
        try {
            return new StoreLink(new InetSocketAddress(uri.getHost(), uri.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + listener.getLocalPort();
    }

    int accepted() {
        return accepted.get();
    }

    /** Bytes the service sent while the link was stalled: a request is in flight once this grows. */
    long heldBytes() {
        return heldBytes.get();
    }

    void pass() {
        mode = Mode.PASS;
    }

    void stall() {
        mode = Mode.STALL;
    }

    void cut() {
        mode = Mode.CUT;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            accepted.incrementAndGet();
            if (mode == Mode.CUT) {
                closeQuietly(client);
                continue;
            }
            open.add(client);
            Socket store = null;
            if (mode == Mode.PASS) {
                try {
                    store = new Socket(target.getAddress(), target.getPort());
                    open.add(store);
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
            }
            Socket upstream = store;
            start(() -> pump(client, upstream, true));
            if (upstream != null) {
                start(() -> pump(upstream, client, false));
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromService) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? null : to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (mode == Mode.STALL || out == null) {
                    if (fromService) {
                        heldBytes.addAndGet(n);
                    }
                    continue; // swallowed: the store never sees it, the service never hears back
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the link or one side was closed
        } finally {
            closeQuietly(from);
            if (to != null) {
                closeQuietly(to);
            }
        }
    }

    private static void start(Runnable task) {
        Thread thread = new Thread(task, "store-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
