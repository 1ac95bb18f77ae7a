package org.unmiss.humanrights.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Files made up as they are sent (never held whole), and uploads and downloads that stream them over real HTTP. */
final class EvidenceUploads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EvidenceUploads() {
    }

    /**
     * {@code size} bytes starting with {@code magic}, then seeded random bytes, made as they are read, with the
     * SHA-256 of what was read so far.
     */
    static final class MadeUpFile extends InputStream {
        private final byte[] magic;
        private final long size;
        private final SplittableRandom random;
        private final MessageDigest sha256 = sha256();
        private long position;
        private String hex;

        MadeUpFile(byte[] magic, long size, long seed) {
            this.magic = magic;
            this.size = size;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                b[off + i] = at < magic.length ? magic[(int) at] : (byte) random.nextInt(256);
            }
            sha256.update(b, off, n);
            position += n;
            return n;
        }

        /** The hash of everything read (read it to the end first). */
        String sha256Hex() {
            if (hex == null) {
                hex = HexFormat.of().formatHex(sha256.digest());
            }
            return hex;
        }
    }

    record Downloaded(int status, String sha256, long bytes, HttpResponse<InputStream> response) {
    }

    static HttpResponse<String> upload(String baseUrl, String path, String token, InputStream body, long declaredLength) {
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(() -> body);
        if (declaredLength >= 0) {
            publisher = HttpRequest.BodyPublishers.fromPublisher(publisher, declaredLength);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(publisher)
                .header("Content-Type", "application/octet-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An upload over a plain socket (chunked when {@code declaredLength} is negative), the body written by a thread of its own while the answer is read: a
     * server that refuses part-way answers before the body ends, which a client that reads only after sending would
     * see as a broken pipe. Returns the status line and headers.
     */
    static String socketUpload(int port, String path, String token, InputStream body, long declaredLength) {
        boolean chunked = declaredLength < 0;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: image/jpeg\r\n" + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + declaredLength)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(buffer, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException refusedPartWay) {
                    // the server answered and closed: what the reader below checks
                }
            });
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            writer.interrupt();
            return head.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams a download through SHA-256 without keeping it. */
    static Downloaded download(String baseUrl, String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Authorization", "Bearer " + token).build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            MessageDigest sha256 = sha256();
            long bytes = 0;
            try (InputStream in = new DigestInputStream(response.body(), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    bytes += n;
                }
            }
            return new Downloaded(response.statusCode(), HexFormat.of().formatHex(sha256.digest()), bytes, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
